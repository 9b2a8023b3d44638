// Bundles the library and CLI entry points into bundle/ (one flat folder at
// the package root, so `../data/` still resolves from every chunk). Loading a
// few chunks instead of dozens of small modules halves start-up time; dist/
// keeps the module tree and the type declarations.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'rolldown';
import { cliChunks } from './bundle-chunks.mjs';
import { PATCHES, patchYargs } from './bundle-patches.mjs';

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

const shim = (name) => new URL(`./bundle-shims/${name}`, import.meta.url).pathname;
// Files inside packages the yargs shim imports (their exports maps hide them).
const require = createRequire(import.meta.url);
function inside(pkg, file) {
  const entry = require.resolve(pkg);
  const root = `/node_modules/${pkg}/`;
  return join(entry.slice(0, entry.lastIndexOf(root) + root.length), file);
}

// Modules replaced by lighter equivalents (see each shim for why).
const ALIASES = {
  assert: shim('assert.mjs'),
  'string-width': shim('string-width.mjs'),
  'y18n/build/lib/index.js': inside('y18n', 'build/lib/index.js'),
  'yargs/build/lib/utils/process-argv.js': inside('yargs', 'build/lib/utils/process-argv.js'),
  'yargs-parser/build/lib/string-utils.js': inside('yargs-parser', 'build/lib/string-utils.js'),
  'yargs-parser/build/lib/yargs-parser.js': inside('yargs-parser', 'build/lib/yargs-parser.js'),
};

function packageName(id) {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const outDir = new URL('../bundle/', import.meta.url).pathname;
rmSync(outDir, { recursive: true, force: true });

function bundle(input, { output = {}, plugins = [], ...options } = {}) {
  return build({
    input,
    platform: 'node',
    resolve: { alias: ALIASES },
    plugins: [patchYargs, ...plugins],
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
      minify: process.env.BUNDLE_MINIFY !== '0',
      // Escaped non-ASCII: Node decodes an ASCII file faster, and V8 keeps it one byte per character.
      charset: 'ascii',
      ...output,
    },
    logLevel: 'warn',
    ...options,
  });
}

// The library and the scan's worker share their chunks.
await bundle({ index: 'src/index.ts', worker: 'src/lint/scan/worker.ts' });
// The command line is built on its own: sharing chunks with the library split its start-up
// path into dozens of small modules, and each costs a resolve, a read and a link.
const chunks = cliChunks();
await bundle(
  { cli: 'src/cli/main.ts' },
  {
    output: { codeSplitting: chunks.codeSplitting },
    plugins: [chunks.plugin],
    // The entry exports nothing, so its chunks may be grouped freely.
    preserveEntrySignatures: 'allow-extension',
    // The chunk plan places the modules: a dynamic import of one already loaded is no news.
    checks: { ineffectiveDynamicImport: false },
  },
);
for (const patch of PATCHES)
  if (!patch.applied) throw new Error(`${patch.file} was not bundled: patch not applied`);
