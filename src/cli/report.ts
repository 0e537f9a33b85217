/**
 * One-line messages on stderr: `directives: <path>: <reason>`, colour only on a terminal.
 */
import { Chalk } from 'chalk';
import type { CliIo } from './io.js';

export interface Reporter {
  fail(path: string, reason: string): void;
  usage(message: string): void;
  note(message: string): void;
}

/**
 * Whether stderr may carry colour: a terminal, and neither NO_COLOR (set and not empty, as
 * no-color.org asks) nor --no-color.
 * @example colourEnabled({ ...process, env: { NO_COLOR: '1' } }, false) → false
 */
export function colourEnabled(io: CliIo, noColor: boolean): boolean {
  const env = io.env ?? {};
  return !noColor && io.stderr.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/**
 * The stderr messages of one run.
 * @example createReporter(io, false).fail('kl.txt', 'empty file') // writes "directives: kl.txt: empty file\n"
 */
export function createReporter(io: CliIo, colour: boolean): Reporter {
  const chalk = new Chalk({ level: colour ? 1 : 0 });
  const write = (s: string) => io.stderr.write(s + '\n');
  return {
    fail: (path, reason) => write(`${chalk.red('directives:')} ${path}: ${reason}`),
    usage: (message) => write(`${chalk.red('directives:')} ${message}`),
    note: (message) => write(`${chalk.dim('directives:')} ${message}`),
  };
}

/**
 * The reason of a failure in one line, lower-case, without a stack.
 * @example reasonOf(Object.assign(new Error('…'), { code: 'ENOENT' })) → 'no such file'
 */
export function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { code?: string };
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    default:
      break;
  }
  const msg = e instanceof Error ? e.message : String(err);
  const line = msg.split('\n')[0]!;
  // "EIO: i/o error, write" | "ENAMETOOLONG: name too long, open '…'": the words between code and call.
  const sys = typeof e?.code === 'string' && line.startsWith(`${e.code}: `) ? line.slice(e.code.length + 2).split(', ')[0]! : line;
  return sys.replace(/^[A-Z]/, (c) => c.toLowerCase());
}
