/**
 * Writing results: to a stream with backpressure and a quiet end on a closed pipe, or to a file
 * through a temporary name and a rename, so that a crash never leaves a half-written file.
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// The reader went away (`directives parse … | head -1`), or the stream was closed after that.
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * Writes a chunk and waits for the stream to drain when it asks to. Resolves false once the
 * stream is closed (EPIPE: the reader went away); rejects on any other error (ENOSPC when stdout
 * is a file on a full disk), which must not pass for the end of the reader.
 * @example await writeChunk(process.stdout, '{…}\n') → true
 */
export function writeChunk(stream: NodeJS.WritableStream, chunk: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let done = false;
    const settle = (err?: NodeJS.ErrnoException | null) => {
      if (done) return;
      done = true;
      stream.removeListener('error', settle);
      if (!err) resolve(true);
      else if (CLOSED.has(err.code ?? '')) resolve(false);
      else reject(err);
    };
    stream.once('error', settle);
    const ok = stream.write(chunk, (err) => {
      if (err) settle(err);
      else if (ok) settle();
    });
    if (!ok) stream.once('drain', () => settle());
  });
}

let serial = 0;

/**
 * A hidden temporary name beside `path`, in the same folder (so that a rename cannot cross file
 * systems): pid, clock and a counter, so that two runs, or two outputs of one run, never share one.
 * @example temporaryNameOf('out/kl.json') → 'out/.kl.json.4711.mhx2a1b.3.tmp'
 */
export function temporaryNameOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${++serial}.tmp`);
}

/**
 * Writes a whole new file under a temporary name, for a rename later; on any error it is removed.
 * "wx": never follows a link or reuses a file that happens to have the name.
 * @example await writeTemporary('out/.kl.json.4711.mhx2a1b.3.tmp', '{…}\n')
 */
export async function writeTemporary(tmp: string, data: string): Promise<void> {
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.write(data);
    } finally {
      await handle.close();
    }
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/**
 * A file that appears under its final name only when complete: written under a hidden temporary
 * name in the same folder (so the rename cannot cross file systems), then renamed.
 * @example const f = new AtomicFile('out/kl.json'); await f.write('{…}'); await f.commit();
 */
export class AtomicFile {
  private readonly tmp: string;
  private handle: import('node:fs/promises').FileHandle | null = null;

  constructor(readonly path: string) {
    this.tmp = temporaryNameOf(path);
  }

  /** The temporary name, while the file is being written. */
  get temporaryPath(): string {
    return this.tmp;
  }

  /** Creates the temporary file: a folder that cannot be written fails here, before any work. */
  async open(): Promise<void> {
    // "wx": never follow a link or reuse a file that happens to have the temporary name.
    this.handle ??= await open(this.tmp, 'wx');
  }

  async write(chunk: string): Promise<void> {
    await this.open();
    await this.handle!.write(chunk);
  }

  async commit(): Promise<void> {
    await this.open();
    const handle = this.handle!;
    this.handle = null;
    await handle.close();
    await rename(this.tmp, this.path);
  }

  /** Removes the temporary file; never throws, so that the error that led here is the one reported. */
  async abort(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
    await rm(this.tmp, { force: true }).catch(() => undefined);
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
