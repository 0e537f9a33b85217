/**
 * The streams and environment the CLI runs with: `process` in real life, memory in tests.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env?: Record<string, string | undefined>;
}
