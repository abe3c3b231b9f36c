/**
 * Where a step says what it is doing. The CLI prints it to stderr; an action
 * turns it into log lines and annotations. Steps never print themselves.
 */
export interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  /** Detail shown with --verbose in the CLI and as debug lines in an action. */
  debug(message: string): void;
}

export const silentReporter: Reporter = {
  info() {},
  warn() {},
  debug() {},
};
