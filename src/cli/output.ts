/**
 * Writing results: to a stream with backpressure and a quiet end on a closed pipe, or to a file
 * through a temporary name and a rename, so that a crash never leaves a half-written file.
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes a chunk and waits for the stream to drain when it asks to. Resolves false on EPIPE. */
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

/** A file that appears under its final name only when complete. */
export class AtomicFile {
  private readonly tmp: string;
  private handle: import('node:fs/promises').FileHandle | null = null;

  constructor(readonly path: string) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  }

  async write(chunk: string): Promise<void> {
    if (!this.handle) this.handle = await open(this.tmp, 'w');
    await this.handle.write(chunk);
  }

  async commit(): Promise<void> {
    if (!this.handle) this.handle = await open(this.tmp, 'w');
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
