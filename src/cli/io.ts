/**
 * The streams and environment the CLI runs with: `process` in real life, memory in tests.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env?: Record<string, string | undefined>;
  /** Where SIGINT and SIGTERM arrive: `process` itself when it is the io, an emitter in tests. */
  signals?: NodeJS.EventEmitter;
}

/**
 * The emitter that carries interrupts for this io, if any.
 * @example signalsOf(process) → process
 */
export function signalsOf(io: CliIo): NodeJS.EventEmitter | undefined {
  if (io.signals) return io.signals;
  return (io as unknown) === process ? process : undefined;
}
