// Errors as values with stable codes. Only the CLI turns them into stderr lines and exit codes.

export type ErrorCode =
  | "E_USAGE"
  | "E_LEXICON"
  | "E_NOT_FOUND"
  | "E_UNREADABLE"
  | "E_NO_MATCH"
  | "E_EMPTY"
  | "E_BINARY"
  | "E_TOO_LARGE"
  | "E_DECODE"
  | "E_GOLD";

export class RasdError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RasdError";
  }
}

/** Bad flags or arguments: the run does not start (exit 2). */
export class UsageError extends RasdError {
  constructor(message: string) {
    super("E_USAGE", message);
    this.name = "UsageError";
  }
}

/** An invalid lexicon file: names the file, the entry and the field (exit 2). */
export class LexiconError extends RasdError {
  constructor(message: string) {
    super("E_LEXICON", message);
    this.name = "LexiconError";
  }
}

/** One input could not be processed; the run goes on with the others (exit 1 at the end). */
export class InputError extends RasdError {
  constructor(
    code: ErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(code, message);
    this.name = "InputError";
  }
}
