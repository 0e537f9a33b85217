/**
 * Command-line inputs → a sorted list of files: literal paths first (names with `(1)` that a
 * glob would miss), folders walked for supported extensions, quoted globs expanded, `-` for stdin.
 */
import { stat } from 'node:fs/promises';
import fg from 'fast-glob';

export const SUPPORTED_EXTENSIONS = ['txt', 'text', 'md', 'html', 'htm', 'docx'];

export interface InputList {
  /** Paths as given or found, in the order they are processed; "-" is stdin. */
  paths: string[];
  /** Arguments that matched nothing: reported as failed inputs. */
  missing: string[];
  /** Folders given as arguments that hold no supported document. */
  emptyFolders: string[];
  /** One literal file (or stdin) was asked for: JSON output is one object, not an array. */
  single: boolean;
}

/**
 * Expands the arguments of `directives parse`.
 * @example expandInputs(['docs', '-']) → { paths: ['-', 'docs/a.txt', 'docs/b.txt'], missing: [] }
 */
export async function expandInputs(args: string[], ignore: string[] = []): Promise<InputList> {
  const found = new Set<string>();
  const missing: string[] = [];
  const emptyFolders: string[] = [];
  let stdin = false;
  let literal = 0;
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      literal++;
      continue;
    }
    const st = await stat(arg).catch(() => null);
    if (st?.isDirectory()) {
      const pattern = `**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`;
      const files = await fg(pattern, { cwd: arg, ignore, onlyFiles: true, dot: false, caseSensitiveMatch: false });
      for (const f of files) found.add(joinPath(arg, f));
      if (!files.length) emptyFolders.push(arg);
      continue;
    }
    if (st) {
      found.add(arg);
      literal++;
      continue;
    }
    if (fg.isDynamicPattern(arg)) {
      const files = await fg(arg, { ignore, onlyFiles: true, dot: false });
      if (files.length) {
        for (const f of files) found.add(f);
        continue;
      }
    }
    missing.push(arg);
    literal++;
  }
  const sorted = [...found].sort(comparePaths);
  const single = args.length === 1 && literal === 1;
  return { paths: stdin ? ['-', ...sorted] : sorted, missing, emptyFolders, single };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

/** A stable order for paths that does not depend on the locale: by NFC code units. */
export function comparePaths(a: string, b: string): number {
  const x = a.normalize('NFC');
  const y = b.normalize('NFC');
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
