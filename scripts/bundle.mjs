#!/usr/bin/env node
// Bundles the command line (`dist/cli/main.js`) and its worker (`dist/cli/worker.js`) into
// `dist/bundle/`, after `tsc`: a cold `directives parse` loaded some 140 ES modules one by one (the
// library's 77 files, commander, chalk, unified and retext), each resolved, read and compiled
// apart, which cost about a fifth of a single-document run. What a run may never need (the CSV
// writer, --explain, the JSON Schema, fast-glob) stays in chunks of its own, loaded on demand.
// The library (`dist/index.js`) is not bundled: its users' bundlers do that.
// esbuild-wasm: the bundler as WebAssembly, with no binary to install.
import { build } from 'esbuild-wasm';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');

// The sentence splitter and the name-distance function load their packages lazily with
// `createRequire(import.meta.url)`, which a bundler cannot follow. Written as a plain `require`,
// esbuild bundles the package and still evaluates it on first use only.
const LAZY_REQUIRES_BUNDLED = ['segment/sentences.js', 'refine/canonical-names.js'];
const inlineLazyRequires = {
  name: 'inline-lazy-requires',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!LAZY_REQUIRES_BUNDLED.some((f) => args.path.endsWith(join('dist', f)))) return undefined;
      const source = await readFile(args.path, 'utf8');
      const rewritten = source.replace(/const require = createRequire\(import\.meta\.url\);/g, '');
      if (rewritten === source) throw new Error(`${args.path}: no lazy require to inline; update scripts/bundle.mjs`);
      return { contents: rewritten, loader: 'js' };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, 'dist/cli/main.js'), worker: join(root, 'dist/cli/worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander is CommonJS and requires node's own modules: ES output needs a real `require`.
  banner: { js: "import { createRequire as __directivesCreateRequire } from 'node:module'; const require = __directivesCreateRequire(import.meta.url);" },
  plugins: [inlineLazyRequires],
  logLevel: 'warning',
  legalComments: 'none',
});
