import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { bundleProblem, CLI } from '../hostile/harness.ts';

const BUNDLE = join(import.meta.dirname, '..', '..', 'bundle');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const problem = bundleProblem();

/**
 * The chunk files and node: modules every command loads: what the entry imports, statically
 * or dynamically (it loads the rest once the compile cache is on), and what those import
 * statically, transitively (a command's own dynamic imports are not start-up).
 */
function startupGraph(
  entry: string,
  /** Follow the entry's dynamic imports too (cli.js loads the command line that way). */
  entryDynamic = true,
): { files: string[]; builtins: Set<string>; source: string } {
  const files: string[] = [];
  const builtins = new Set<string>();
  let source = '';
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(join(BUNDLE, file), 'utf8');
    source += text;
    // `import"./x.js"`, `from"./x.js"`, and from the entry also `import("./x.js")`.
    const imports =
      file === entry && entryDynamic
        ? /(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+)["'`]/g
        : /(?:\bfrom|\bimport)\s*["']([^"']+)["']/g;
    for (const [, specifier] of text.matchAll(imports)) {
      if (specifier?.startsWith('./')) visit(specifier.slice(2));
      else if (specifier?.startsWith('node:')) builtins.add(specifier);
    }
  };
  visit(entry);
  return { files, builtins, source };
}

/** The bundled CLI in a child process, as users run it. */
function bundled(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: EXAMPLES, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(problem !== undefined)('the bundled command line', () => {
  test('starts on three files, without the scan, the parser or CommonJS interop', () => {
    const { files, builtins, source } = startupGraph('cli.js');
    // The entry, the module it imports (a re-export) and the chunk behind it.
    expect(files).toHaveLength(3);
    for (const heavy of ['node:crypto', 'node:worker_threads', 'node:http', 'node:module'])
      expect(builtins).not.toContain(heavy);
    expect(source).not.toContain('createRequire');
    expect(execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' })).toMatch(
      /^\d+\.\d+\.\d+\n$/,
    );
  });

  // What the lookups load must stay light, and lint must not load a daemon client: those
  // come with the rare paths that import them dynamically (probe, --daemon).
  test.each([
    ['data', ['node:fs', 'node:module']],
    [
      'lint',
      // node:crypto (the cache, SARIF fingerprints) and node:worker_threads load only when used.
      ['node:buffer', 'node:fs', 'node:module', 'node:path', 'node:url'],
    ],
  ])('the %s chunk loads no builtins beyond its own and start-up', (group, own) => {
    const allowed = [...own, ...startupGraph('cli.js').builtins];
    const chunks = readdirSync(BUNDLE).filter((file) => new RegExp(`^${group}-[\\w-]{8}\\.js$`).test(file));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const { builtins } = startupGraph(chunk, false);
      expect([...builtins].filter((name) => !allowed.includes(name))).toEqual([]);
    }
  });

  // A chunk that imported the entry back would wait for the command the entry awaits:
  // the process would end with exit code 13 and no output.
  test.each([
    [['lint', '.', '--docker', '20.10', '--format', 'json']],
    [['needs', '.', '--json']],
    [['report', '.', '--from', '1.41', '--to', '1.47']],
    [['lookup', '27.1', '--json']],
    [['since', 'GET /containers/json query:all', '--json']],
    [['targets', '--docker', '>=24', '--podman', '4.3']],
    [['lint', '.', '--bogus']],
  ])('%j prints what the sources print', async (args) => {
    const child = bundled(args);
    const cwd = process.cwd();
    process.chdir(EXAMPLES);
    try {
      const here = await runCli(args);
      expect(child).toEqual({ code: here.code, stdout: here.stdout, stderr: here.stderr });
      expect(child.stdout.length + child.stderr.length).toBeGreaterThan(0);
    } finally {
      process.chdir(cwd);
    }
  });
});

// Node 22 and later: the cache goes where NODE_COMPILE_CACHE says, and nowhere unless it says.
const compileCache = 'enableCompileCache' in (process.getBuiltinModule?.('node:module') ?? {});
describe.skipIf(problem !== undefined || !compileCache)('the compile cache of the bundled CLI', () => {
  test('is kept where NODE_COMPILE_CACHE names, and not in the package folder', () => {
    const named = mkdtempSync(join(tmpdir(), 'dac-v8-'));
    try {
      const env = { ...process.env, NODE_COMPILE_CACHE: named };
      expect(execFileSync(process.execPath, [CLI, '--version'], { env, encoding: 'utf8' })).toMatch(/^\d/);
      expect(readdirSync(named).length).toBeGreaterThan(0);
      const { NODE_COMPILE_CACHE: _, ...unnamed } = process.env;
      execFileSync(process.execPath, [CLI, '--version'], { env: unnamed });
      expect(existsSync(join(BUNDLE, '..', '.cache', 'v8'))).toBe(false);
    } finally {
      rmSync(named, { recursive: true, force: true });
    }
  });
});

test.runIf(problem !== undefined)('the bundled command line needs a fresh bundle', () => {
  expect.fail(problem);
});
