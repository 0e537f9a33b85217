/**
 * Runs the CLI in-process, as `directives ARGS`, with its streams captured.
 */
import { PassThrough, Readable, type Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * @param stdin what the CLI reads on stdin (nothing when absent)
 * @param stdout a stream of the test's own (a full disk, a closed pipe) instead of a capture
 * @example await runCli(['parse', 'kl.txt']) → { code: 0, stdout: '{…}', stderr: '' }
 */
export async function runCli(args: string[], options: { stdin?: string; stdout?: Writable } = {}): Promise<CliRun> {
  const stdout = options.stdout ?? new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (d: Buffer) => out.push(d));
  stderr.on('data', (d: Buffer) => err.push(d));
  const stdin = options.stdin === undefined ? Readable.from([]) : Readable.from([Buffer.from(options.stdin)]);
  const code = await main(['node', 'directives', ...args], { stdin, stdout, stderr, env: {} });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
