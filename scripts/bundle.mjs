// Bundles the library and CLI entry points into bundle/ (one flat folder at
// the package root, so `../data/` still resolves from every chunk). Loading a
// few chunks instead of dozens of small modules halves start-up time; dist/
// keeps the module tree and the type declarations.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

// Edits to bundled yargs, each checked: a yargs update that moves the code fails the build.
const PATCHES = [
  {
    // yargs/index.mjs loads its platform shim by a relative path, beyond an alias's reach.
    file: 'yargs/index.mjs',
    from: "from './lib/platform-shims/esm.mjs'",
    to: `from ${JSON.stringify(shim('yargs-platform.mjs'))}`,
  },
  {
    // Before every command handler yargs renders the command's help, in case the handler
    // asks for it; ours never do (usage errors are one line), and the rendering is a large
    // share of start-up. Help asked for with --help is rendered as before.
    file: 'yargs/build/lib/usage.js',
    from: 'cachedHelpMessage = this.help();',
    to: '/* help rendered only when shown */',
  },
];

const patchYargs = {
  name: 'patch-yargs',
  transform(code, id) {
    const patches = PATCHES.filter((patch) => id.endsWith(`/node_modules/${patch.file}`));
    let patched = code;
    for (const patch of patches) {
      if (!patched.includes(patch.from)) throw new Error(`${patch.file}: "${patch.from}" not found`);
      patched = patched.replace(patch.from, patch.to);
      patch.applied = true;
    }
    return patches.length > 0 ? { code: patched } : undefined;
  },
};

function packageName(id) {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

// The command line's chunks. Left to itself the bundler splits at every dynamic import and
// by every set of importers, which made a lint run load 45 small modules, each costing a
// resolve, a read and a link. Instead, what the commands load beyond the entry goes into two
// chunks: `code` for the commands that scan (and the config reader they all use), `data` for
// what the lookups load (lint loads it too). What only rare paths load (a daemon probe,
// the spec sync, config validation, a TypeScript config) keeps its own lazy chunks.
const MAIN = /[\\/]src[\\/]cli[\\/]main\.ts$/;
const CODE_ROOTS = /[\\/]src[\\/](?:cli[\\/]commands[\\/](?:lint|needs|report)-run|config[\\/]load)\.ts$/;
const RARE_ROOTS =
  /[\\/]src[\\/](?:daemon[\\/]probe|targets[\\/]from-daemon|spec[\\/]sync|report[\\/]probe-text)\.ts$/;

function cliChunks() {
  const graph = new Map();
  let groupOf;
  const plugin = {
    name: 'cli-chunks',
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        graph.set(id, { static: info?.importedIds ?? [], dynamic: info?.dynamicallyImportedIds ?? [] });
      }
    },
  };
  const closure = (roots) => {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id) || !graph.has(id)) continue;
      seen.add(id);
      stack.push(...graph.get(id).static);
    }
    return seen;
  };
  function partition() {
    const entry = [...graph.keys()].find((id) => MAIN.test(id));
    const initial = closure([entry]);
    const roots = new Set([...initial].flatMap((id) => graph.get(id).dynamic));
    const code = [...roots].filter((id) => CODE_ROOTS.test(id));
    const data = [...roots].filter((id) => !CODE_ROOTS.test(id) && !RARE_ROOTS.test(id));
    const inData = closure(data);
    const inCode = closure(code);
    const groups = new Map();
    for (const id of inCode) if (!initial.has(id)) groups.set(id, inData.has(id) ? 'data' : 'code');
    for (const id of inData) if (!initial.has(id)) groups.set(id, 'data');
    return groups;
  }
  // Not the groups' dependencies too: `code` would swallow `data`. By construction neither
  // imports the other's way round, nor the entry either group.
  const group = (name) => ({
    name,
    includeDependenciesRecursively: false,
    test: (id) => {
      groupOf ??= partition();
      return groupOf.get(id) === name;
    },
  });
  // The entry's own modules that the other chunks import too (errors, option helpers), but
  // not main.ts: it awaits the command, so a chunk the command loads must not import it.
  const shared = {
    name: 'cli-shared',
    tags: ['$initial'],
    test: (id) => !MAIN.test(id),
    includeDependenciesRecursively: false,
  };
  return { plugin, codeSplitting: { groups: [shared, group('code'), group('data')] } };
}

const outDir = new URL('../bundle/', import.meta.url).pathname;
rmSync(outDir, { recursive: true, force: true });

function bundle(input, output = {}, plugins = []) {
  return build({
    input,
    // The command line's entry exports nothing, so its chunks may be grouped freely.
    preserveEntrySignatures: 'allow-extension',
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
      minify: true,
      ...output,
    },
    logLevel: 'warn',
  });
}

// The library and the scan's worker share their chunks.
await bundle({ index: 'src/index.ts', worker: 'src/lint/scan/worker.ts' });
// The command line is built on its own: sharing chunks with the library split its start-up
// path into dozens of small modules, and each costs a resolve, a read and a link.
const chunks = cliChunks();
await bundle({ cli: 'src/cli/main.ts' }, { codeSplitting: chunks.codeSplitting }, [chunks.plugin]);
for (const patch of PATCHES)
  if (!patch.applied) throw new Error(`${patch.file} was not bundled: patch not applied`);
