/**
 * Writing results: to a stream with backpressure and a quiet end on a closed pipe, or to a file
 * through a temporary name and a rename, so that a crash never leaves a half-written file.
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a chunk and waits for the stream to drain when it asks to. Resolves false once the
 * stream is closed (EPIPE: the reader went away).
 * @example await writeChunk(process.stdout, '{…}\n') → true
 */
export function writeChunk(stream: NodeJS.WritableStream, chunk: string): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      stream.removeListener('error', onError);
      resolve(ok);
    };
    const onError = (err: NodeJS.ErrnoException) => finish(err.code !== 'EPIPE' ? false : false);
    stream.once('error', onError);
    const ok = stream.write(chunk, (err) => {
      if (err) finish(false);
      else if (ok) finish(true);
    });
    if (!ok) stream.once('drain', () => finish(true));
  });
}

let serial = 0;

/**
 * A file that appears under its final name only when complete: written under a hidden temporary
 * name in the same folder (so the rename cannot cross file systems), then renamed.
 * @example const f = new AtomicFile('out/kl.json'); await f.write('{…}'); await f.commit();
 */
export class AtomicFile {
  private readonly tmp: string;
  private handle: import('node:fs/promises').FileHandle | null = null;

  constructor(readonly path: string) {
    // pid, clock and a counter: two runs, or two outputs of one run, never share a temporary name.
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${++serial}.tmp`);
  }

  /** The temporary name, while the file is being written. */
  get temporaryPath(): string {
    return this.tmp;
  }

  async write(chunk: string): Promise<void> {
    // "wx": never follow a link or reuse a file that happens to have the temporary name.
    if (!this.handle) this.handle = await open(this.tmp, 'wx');
    await this.handle.write(chunk);
  }

  async commit(): Promise<void> {
    if (!this.handle) this.handle = await open(this.tmp, 'wx');
    await this.handle.close();
    this.handle = null;
    await rename(this.tmp, this.path);
  }

  async abort(): Promise<void> {
    if (this.handle) await this.handle.close().catch(() => undefined);
    this.handle = null;
    await rm(this.tmp, { force: true });
  }
}

/**
 * Writes a whole file atomically; on any error the temporary file is removed.
 * @example await writeFileAtomic('out/kl.json', '{…}\n')
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const file = new AtomicFile(path);
  try {
    await file.write(data);
    await file.commit();
  } catch (err) {
    await file.abort();
    throw err;
  }
}
