import * as core from '@actions/core';
import type { Reporter } from '../steps/reporter.js';

/**
 * A step's reports as the runner shows them: info as log lines, warnings as
 * warning annotations, debug lines only when the run has step debugging on.
 */
export const actionsReporter: Reporter = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};
