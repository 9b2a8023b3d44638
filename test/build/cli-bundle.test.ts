import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { bundleProblem, CLI } from '../hostile/harness.ts';

const BUNDLE = join(import.meta.dirname, '..', '..', 'bundle');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const problem = bundleProblem();

/** The chunk files and node: modules a chunk loads before it runs (static imports, transitively). */
function startupGraph(entry: string): { files: string[]; builtins: Set<string>; source: string } {
  const files: string[] = [];
  const builtins = new Set<string>();
  let source = '';
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(join(BUNDLE, file), 'utf8');
    source += text;
    // Static imports only: `import"./x.js"`, `from"./x.js"`; never `import("./x.js")`.
    for (const [, specifier] of text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g)) {
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
  test('starts on two files, without the scan, the parser or CommonJS interop', () => {
    const { files, builtins, source } = startupGraph('cli.js');
    expect(files).toHaveLength(2);
    for (const heavy of ['node:crypto', 'node:worker_threads', 'node:http', 'node:module'])
      expect(builtins).not.toContain(heavy);
    expect(source).not.toContain('createRequire');
    expect(execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' })).toMatch(
      /^\d+\.\d+\.\d+\n$/,
    );
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

test.runIf(problem !== undefined)('the bundled command line needs a fresh bundle', () => {
  expect.fail(problem);
});
