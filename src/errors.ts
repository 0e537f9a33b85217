/**
 * The library's one error type, for input it cannot read at all (binary, empty), misuse, and a
 * parse that ran over the time budget its caller gave (`TIMEOUT`). Everything about a readable
 * document is a warning in the result instead.
 */
export type ErrorCode = 'BINARY_INPUT' | 'EMPTY_INPUT' | 'BAD_ARGUMENT' | 'UNSUPPORTED_ENCODING' | 'UNSUPPORTED_FORMAT' | 'TOO_LARGE' | 'TIMEOUT';

export class DirectivesError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DirectivesError';
    this.code = code;
  }
}
