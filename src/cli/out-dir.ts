/**
 * `--out-dir DIR`: one output per input, at the input's path below its root, with the format's
 * extension. Nothing is written outside DIR and no input is overwritten.
 */
import { mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Input } from './inputs.js';
import { temporaryNameOf, writeFileAtomic } from './output.js';

/** Where one input's output goes, or why it cannot be written. */
export interface Planned {
  outPath: string | null;
  problem: string | null;
}

/**
 * The output path of an input: `archive/2021/kl.txt` given as `archive` → `DIR/2021/kl.json`.
 * @example outputPathOf({ path: 'archive/2021/kl.txt', root: 'archive' }, 'out', 'json') → 'out/2021/kl.json'
 */
export function outputPathOf(input: Input, outDir: string, extension: string): string {
  if (input.root === null) return join(outDir, `stdin.${extension}`);
  const rel = relative(input.root, input.path);
  const ext = extname(rel);
  return join(outDir, (ext ? rel.slice(0, -ext.length) : rel) + '.' + extension);
}

/**
 * The output paths of a batch, each checked: below DIR, not an input, not shared with another
 * input (`kl.txt` and `kl.html` in one folder would both become `kl.json`: the first keeps it).
 * @example planOutputs([{ path: 'a/x.txt', root: 'a' }], 'out', 'json') → [{ outPath: 'out/x.json', problem: null }]
 */
export function planOutputs(inputs: Input[], outDir: string, extension: string): Planned[] {
  const base = resolve(outDir);
  const sources = new Set(inputs.filter((i) => i.root !== null).map((i) => resolve(i.path)));
  const taken = new Map<string, string>();
  return inputs.map((input) => {
    const outPath = outputPathOf(input, outDir, extension);
    const full = resolve(outPath);
    const rel = relative(base, full);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return { outPath: null, problem: `output would fall outside ${JSON.stringify(outDir)}` };
    if (sources.has(full)) return { outPath: null, problem: `output ${JSON.stringify(outPath)} would overwrite an input` };
    const first = taken.get(full);
    if (first !== undefined) return { outPath: null, problem: `output ${JSON.stringify(outPath)} is already that of ${JSON.stringify(first)}` };
    taken.set(full, input.path);
    return { outPath, problem: null };
  });
}

/**
 * Writes the outputs of one batch below DIR; folders are made as needed, and each one is checked
 * once to lie inside DIR after links are followed (a link in DIR pointing elsewhere is refused).
 */
export class OutDirWriter {
  private readonly checked = new Map<string, Promise<void>>();
  private root: Promise<string> | undefined;

  constructor(readonly outDir: string) {}

  /**
   * Makes DIR itself, so that a folder that cannot be made (below a file, on a read-only disk)
   * fails once, before any input is parsed.
   * @example await new OutDirWriter('notes.txt/out').prepare() // throws: not a directory
   */
  prepare(): Promise<void> {
    return this.folder(this.outDir);
  }

  /** @example await writer.write('out/2021/kl.json', '{…}\n') */
  async write(outPath: string, data: string): Promise<void> {
    await this.folder(dirname(outPath));
    await writeFileAtomic(outPath, data);
  }

  /**
   * Makes the folder of an output and names the temporary file that whoever parses the input
   * writes it to (a worker thread: the output never crosses threads); `commit` renames it.
   * @example await writer.stage('out/2021/kl.json') → 'out/2021/.kl.json.4711.mhx2a1b.3.tmp'
   */
  async stage(outPath: string): Promise<string> {
    await this.folder(dirname(outPath));
    return temporaryNameOf(outPath);
  }

  /** Gives a staged output its name. */
  async commit(tmp: string, outPath: string): Promise<void> {
    await rename(tmp, outPath);
  }

  /** Removes a staged output that will not be committed; never throws. */
  async discard(tmp: string): Promise<void> {
    await rm(tmp, { force: true }).catch(() => undefined);
  }

  /** Makes `dir` one level at a time, each level checked before anything is made inside it. */
  private folder(dir: string): Promise<void> {
    let done = this.checked.get(dir);
    if (!done) {
      const parent = dirname(dir);
      done = (async () => {
        if (resolve(dir) === resolve(this.outDir)) {
          await mkdir(dir, { recursive: true }).catch(async (err: NodeJS.ErrnoException) => {
            // DIR is a file: recursive mkdir says EEXIST, which would read "already exists".
            if (err.code !== 'EEXIST') throw err;
            if (!(await isDirectory(dir))) throw new Error('not a directory');
          });
          this.root = realpath(dir);
          await this.root;
          return;
        }
        if (parent === dir) throw new Error(`${JSON.stringify(dir)} is not inside ${JSON.stringify(this.outDir)}`);
        await this.folder(parent);
        await mkdir(dir).catch(async (err: NodeJS.ErrnoException) => {
          if (err.code !== 'EEXIST') throw err;
          // out/2021 is a file: every output meant for the folder fails, naming it.
          if (!(await isDirectory(dir))) throw new Error(`${JSON.stringify(dir)} is not a directory`);
        });
        const root = await this.root!;
        const real = await realpath(dir);
        if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) {
          throw new Error(`${JSON.stringify(dir)} leads outside ${JSON.stringify(this.outDir)}`);
        }
      })();
      this.checked.set(dir, done);
    }
    return done;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
