// Bundles the library and CLI entry points into bundle/ (one flat folder at
// the package root, so `../data/` still resolves from every chunk). Loading a
// few chunks instead of dozens of small modules halves start-up time; dist/
// keeps the module tree and the type declarations.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

// Bundled in: yargs and the packages it loads at start-up. Everything else
// stays an import of the installed package (native code, lazily loaded tools).
const BUNDLED = new Set([
  'yargs',
  'yargs-parser',
  'cliui',
  'y18n',
  'escalade',
  'string-width',
  'strip-ansi',
  'ansi-regex',
  'wrap-ansi',
  'ansi-styles',
  'emoji-regex',
  'get-east-asian-width',
  'get-caller-file',
  // Loaded by every lint run: bundling spares the CommonJS interop at start-up.
  'picomatch',
  'ignore',
]);

// Modules replaced by lighter equivalents (see each shim for why).
const ALIASES = {
  assert: new URL('./bundle-shims/assert.mjs', import.meta.url).pathname,
  'string-width': new URL('./bundle-shims/string-width.mjs', import.meta.url).pathname,
};

function packageName(id) {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const outDir = new URL('../bundle/', import.meta.url).pathname;
rmSync(outDir, { recursive: true, force: true });
await build({
  input: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/lint/scan/worker.ts' },
  platform: 'node',
  resolve: { alias: ALIASES },
  external: (id) =>
    !id.startsWith('.') &&
    !id.startsWith('/') &&
    !id.startsWith('\0') &&
    !BUNDLED.has(packageName(id)) &&
    !(id in ALIASES),
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    minify: true,
  },
  logLevel: 'warn',
});
