/**
 * Command-line inputs → a sorted list of files: literal paths first (names with `(1)` that a
 * glob would miss), folders walked for supported extensions, quoted globs expanded, `-` for stdin.
 */
import { stat } from 'node:fs/promises';
import { dirname, normalize } from 'node:path';

export const SUPPORTED_EXTENSIONS = ['txt', 'text', 'md', 'html', 'htm', 'docx', 'doc'];

// archive/2021/kl.TXT | báo cáo.html | ct.docx | kl-2003.doc
const SUPPORTED = new RegExp(`\\.(?:${SUPPORTED_EXTENSIONS.join('|')})$`, 'i');

/** One input file and the folder its output is mirrored below with `--out-dir`. */
export interface Input {
  /** As given or found; "-" is stdin. */
  path: string;
  /** The folder argument, the static part of the glob, or the file's own folder; null for stdin. */
  root: string | null;
}

export interface InputList {
  /** The inputs in the order they are processed: stdin first, then by NFC path. */
  inputs: Input[];
  /** The same, as paths. */
  paths: string[];
  /** Arguments that matched nothing: reported as failed inputs. */
  missing: string[];
  /** Folders given as arguments that hold no supported document. */
  emptyFolders: string[];
  /** One literal file (or stdin) was asked for: JSON output is one object, not an array. */
  single: boolean;
}

type FastGlob = typeof import('fast-glob');

// fast-glob costs a few tens of milliseconds to load; a single literal file needs none of it.
let fastGlob: FastGlob | undefined;
async function loadGlob(): Promise<FastGlob> {
  fastGlob ??= (await import('fast-glob')).default as unknown as FastGlob;
  return fastGlob;
}

/** The NFC and NFD spellings of a name, the one given first: a file made on macOS is stored in NFD. */
function spellings(s: string): string[] {
  return [...new Set([s, s.normalize('NFC'), s.normalize('NFD')])];
}

async function statAny(arg: string): Promise<{ path: string; dir: boolean } | null> {
  for (const path of spellings(arg)) {
    const st = await stat(path).catch(() => null);
    if (st) return { path, dir: st.isDirectory() };
  }
  return null;
}

/**
 * `--ignore` patterns as fast-glob needs them: in both Unicode spellings, and a pattern that
 * names an existing file or folder (`old (1)`) also taken literally, since `(1)` is glob syntax.
 */
async function ignorePatterns(ignore: string[], fg: FastGlob): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of ignore) {
    for (const p of spellings(pattern.replace(/\/+$/, ''))) {
      out.push(p, `${p}/**`);
      const st = await stat(p).catch(() => null);
      if (st) out.push(fg.escapePath(p), `${fg.escapePath(p)}/**`);
    }
  }
  return out;
}

/** The folders of a glob before its first dynamic part: `archive/20*\/**\/*.txt` → `archive`. */
function globBase(pattern: string, fg: FastGlob): string {
  const parts = pattern.split('/');
  const base: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (part && fg.isDynamicPattern(part)) break;
    base.push(part);
  }
  return base.length === 0 ? '.' : base.join('/') || '/';
}

/**
 * Expands the arguments of `directives parse`. `--ignore` applies to what folders and globs
 * find; a file named on the command line is always read.
 * @example expandInputs(['docs', '-']) → { paths: ['-', 'docs/a.txt', 'docs/b.txt'], missing: [], … }
 */
export async function expandInputs(args: string[], ignore: string[] = []): Promise<InputList> {
  const found = new Map<string, Input>();
  const missing: string[] = [];
  const emptyFolders: string[] = [];
  const add = (path: string, root: string) => {
    const key = normalize(path);
    if (!found.has(key)) found.set(key, { path, root });
  };
  let stdin = false;
  let literal = 0;
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      literal++;
      continue;
    }
    // A literal path first: `báo cáo (1).txt` exists as it is, whatever a glob would make of it.
    const st = await statAny(arg);
    if (st?.dir) {
      const fg = await loadGlob();
      const folder = st.path.length > 1 ? st.path.replace(/\/+$/, '') : st.path;
      const files = (
        await fg(`${fg.escapePath(folder)}/**/*`, { ignore: await ignorePatterns(ignore, fg), onlyFiles: true, dot: false })
      ).filter((f) => SUPPORTED.test(f));
      for (const f of files) add(f, folder);
      if (!files.length) emptyFolders.push(arg);
      continue;
    }
    if (st) {
      add(st.path, dirname(st.path));
      literal++;
      continue;
    }
    const fg = await loadGlob();
    if (fg.isDynamicPattern(arg)) {
      const ignored = await ignorePatterns(ignore, fg);
      // A glob typed in NFC must also find the NFD names that a Mac copied into the archive.
      let any = false;
      for (const pattern of spellings(arg)) {
        const files = await fg(pattern, { ignore: ignored, onlyFiles: true, dot: false });
        for (const f of files) add(f, globBase(pattern, fg));
        any ||= files.length > 0;
      }
      if (any) continue;
    }
    missing.push(arg);
    literal++;
  }
  const sorted = [...found.values()].sort((a, b) => comparePaths(a.path, b.path));
  const inputs = stdin ? [{ path: '-', root: null }, ...sorted] : sorted;
  const single = args.length === 1 && literal === 1;
  return { inputs, paths: inputs.map((i) => i.path), missing, emptyFolders, single };
}

/**
 * A stable order for paths that does not depend on the locale: by NFC code units.
 * @example ['b.txt', 'á.txt', 'a.txt'].sort(comparePaths) → ['a.txt', 'b.txt', 'á.txt']
 */
export function comparePaths(a: string, b: string): number {
  const x = a.normalize('NFC');
  const y = b.normalize('NFC');
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
