// Every failure a user can see is one of these. The class decides the exit code
// (DESIGN.md: 0 done, 1 a gate or verification said no, 2 bad usage or bad input,
// 3 anything else: network, registry, disk), so callers never map codes by hand.

export const ExitCode = {
  ok: 0,
  denied: 1,
  badInput: 2,
  failure: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export abstract class LadingError extends Error {
  abstract readonly exitCode: ExitCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The user asked for something malformed: a bad flag, reference, file or value. */
export class InputError extends LadingError {
  readonly exitCode = ExitCode.badInput;
}

/** A gate or a verification said no. Not a malfunction. */
export class DeniedError extends LadingError {
  readonly exitCode = ExitCode.denied;
}

/** Something outside lading went wrong: network, registry, disk. */
export class OperationError extends LadingError {
  readonly exitCode = ExitCode.failure;
}

/**
 * Content did not match its digest, or a server sent something that breaks the
 * distribution spec. It is the server's fault, not the user's, so it exits 3.
 */
export class IntegrityError extends OperationError {}

/** A registry answered with an error status. */
export class RegistryError extends OperationError {
  constructor(
    message: string,
    readonly status: number,
    readonly codes: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Credentials were refused (401 after authenticating, or 403). */
export class AuthError extends RegistryError {}

/** The thing asked for does not exist (tag, digest, repository, platform). */
export class NotFoundError extends OperationError {}

export function exitCodeOf(err: unknown): ExitCode {
  return err instanceof LadingError ? err.exitCode : ExitCode.failure;
}

/** One line, no stack: what the CLI and the actions print. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name;
  return String(err);
}
