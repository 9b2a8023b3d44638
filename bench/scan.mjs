#!/usr/bin/env node
// Benchmark: what users run — the bundled CLI linting a tree, as a whole
// process — against ripgrep searching the same tree for the same literal
// prefilter, and against the bare-Node floor (walk, read every file, one
// `indexOf`), all as whole processes. A cached re-run of the unchanged tree
// is set against a Node process that only walks it. Runs alternate so that
// load from other work hits all of them alike; figures are medians, and
// ratios are taken within this one run. Trees: the project's own
// node_modules and a generated tree. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefilterLiterals } from '../dist/lint/extract.js';
import { median } from './lib/measure.mjs';
import { generateTree } from './scan-lib/generate-tree.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const COMPARE_CLI = process.env.BENCH_COMPARE_CLI;
const FLOOR = path.join(root, 'bench/scan-lib/floor.mjs');
const cacheDir = mkdtempSync(path.join(tmpdir(), 'docker-api-compat-bench-'));
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));

/** Wall time (ms) and peak RSS (MB, when measurable) of one process run in `cwd`. */
function timeProcess(command, args, cwd) {
  const [file, argv] = hasTime ? [TIME, ['-f', '%M', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const child = spawnSync(file, argv, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${command} failed: ${child.stderr}`);
  const lastLine = child.stderr.trim().split('\n').at(-1) ?? '';
  const rssMb = hasTime ? Math.round(Number(lastLine) / 1024) : undefined;
  return { ms, rssMb, stdout: child.stdout };
}

/** ripgrep listing the files that hold any literal: ignore files off, hidden files on, same size limit. */
function ripgrepArgs() {
  const literals = prefilterLiterals().flatMap((literal) => ['-e', literal]);
  return ['--no-ignore', '--hidden', '--max-filesize', '2M', '-F', '-l', ...literals, '.'];
}

/** The CLI as users run it, scanning every file of the tree as ripgrep does. */
function cliArgs(workers, { cli = path.join(root, 'bundle/cli.js'), cache } = {}) {
  const base = [cli, 'lint', '.', '--target', '1.41', '--format', 'json', '--no-gitignore'];
  const cached = cache ? ['--cache', '--cache-location', cache] : [];
  return [...base, '--exclude-dir', '.git', '--workers', String(workers), ...cached];
}

const variants = (tree, cache) => {
  // The calling thread reads too: one worker per other core.
  const helpers = Math.max(1, availableParallelism() - 1);
  const node = process.execPath;
  return [
    { id: 'rg', label: 'ripgrep', command: 'rg', args: ripgrepArgs() },
    { id: 'floor', label: 'Node floor: walk+read+indexOf', command: node, args: [FLOOR, '.', 'read'] },
    { id: 'cli', label: 'CLI, main thread only', command: node, args: cliArgs(0) },
    {
      id: 'workers',
      label: `CLI, ${helpers} worker${helpers === 1 ? '' : 's'} + main`,
      command: node,
      args: cliArgs(helpers),
    },
    { id: 'node', label: 'node -e 0', command: node, args: ['-e', '0'] },
    { id: 'walk', label: 'node -e 0 + walk (one process)', command: node, args: [FLOOR, '.', 'walk'] },
    // What a cache keyed by stat must at least do: the walk and one stat per file.
    { id: 'stat', label: 'node -e 0 + walk + stat', command: node, args: [FLOOR, '.', 'stat'] },
    { id: 'cached', label: 'CLI --cache, unchanged tree', command: node, args: cliArgs(0, { cache }) },
    {
      id: 'scan',
      label: 'in-process scan',
      command: node,
      args: [path.join(root, 'bench/scan-lib/scan-child.mjs'), tree, '0'],
      inProcess: true,
    },
    // Another build's CLI in the same alternation, to compare a change with its baseline.
    ...(COMPARE_CLI
      ? [
          {
            id: 'compared',
            label: 'CLI, compared build',
            command: node,
            args: cliArgs(0, { cli: COMPARE_CLI }),
          },
        ]
      : []),
  ];
};

function benchTree(name, tree) {
  // Outside the checkout, so that formatters and linters never see it.
  const cache = path.join(cacheDir, `${name.replace(/\W+/g, '-')}.json`);
  const runs = variants(tree, cache).map((variant) => ({
    ...variant,
    ms: [],
    rss: [],
    scanMs: [],
    last: '',
  }));
  const by = Object.fromEntries(runs.map((run) => [run.id, run]));
  // Prime the cache: the timed cached runs re-run an unchanged tree.
  const primed = timeProcess(by.cached.command, by.cached.args, tree).stdout;
  // Outputs compared within each round: a shared tree (node_modules) may change between rounds.
  let identical = 0;
  for (let i = 0; i < RUNS; i++) {
    for (const run of runs) {
      const result = timeProcess(run.command, run.args, tree);
      run.ms.push(result.ms);
      if (result.rssMb !== undefined) run.rss.push(result.rssMb);
      run.last = result.stdout;
      if (run.inProcess) run.scanMs.push(JSON.parse(result.stdout).scanMs);
    }
    if (by.cached.last === by.cli.last && by.workers.last === by.cli.last) identical++;
  }
  const ms = (run) => (run.inProcess ? median(run.scanMs) : median(run.ms));
  const scanned = JSON.parse(by.scan.last);
  const rgFiles = by.rg.last.split('\n').filter(Boolean).length;
  console.log(
    `\n${name}: ${scanned.listed} files listed, ${scanned.files} text files read, ${scanned.usages} usages; ripgrep: ${rgFiles} files hold a prefilter literal; CLI output identical cold, cached and with workers in ${identical} of ${RUNS} rounds${primed === by.cli.last ? '' : ' (the priming run differs: the tree changed)'}`,
  );
  const rss = (run) => (run.rss.length && !run.inProcess ? `peak RSS ${Math.max(...run.rss)} MB` : '');
  const ratio = (run, base) => `${(ms(run) / ms(base)).toFixed(2)}× ${base.label.split(':')[0]}`;
  const against = {
    floor: ['rg'],
    cli: ['rg', 'floor'],
    workers: ['rg', 'floor'],
    compared: ['rg', 'floor'],
    cached: ['walk', 'stat', 'node'],
    scan: ['rg'],
  };
  for (const run of runs) {
    const ratios = (against[run.id] ?? []).map((base) => ratio(run, by[base])).join(', ');
    const note = run.inProcess ? ' (without Node start-up)' : '';
    console.log(
      `  ${run.label.padEnd(32)} ${ms(run).toFixed(0).padStart(6)} ms  ${ratios.padEnd(34)} ${rss(run)}${note}`,
    );
  }
}

try {
  execFileSync('rg', ['--version']);
} catch {
  console.error('ripgrep (rg) is not installed: the benchmark compares against it.');
  process.exit(2);
}
const bare = median(Array.from({ length: 5 }, () => timeProcess(process.execPath, ['-e', '0'], root).ms));
console.log(
  `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, ${RUNS} alternating runs each (median), Node ${process.version}; bare \`node -e 0\`: ${bare.toFixed(0)} ms`,
);
benchTree('node_modules', path.join(root, 'node_modules'));
const generated = path.join(root, '.bench/generated');
if (!existsSync(path.join(generated, 'pkg0'))) {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(generated, { recursive: true });
  generateTree(generated);
}
benchTree('generated tree', generated);
