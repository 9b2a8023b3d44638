#!/usr/bin/env node
// Benchmark: what users run — the bundled CLI linting a tree, as a whole
// process — against ripgrep searching the same tree for the same literal
// prefilter, also as a whole process. Runs alternate (ripgrep, CLI, CLI with
// workers, in-process scan) so that load from other work hits all of them
// alike; figures are medians, and ratios are taken within this one run.
// Trees: the project's own node_modules and a generated tree. Run after
// `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
function cliArgs(workers, cli = path.join(root, 'bundle/cli.js')) {
  const base = [cli, 'lint', '.', '--target', '1.41', '--format', 'json', '--no-gitignore'];
  return [...base, '--exclude-dir', '.git', '--workers', String(workers)];
}

const variants = (tree) => {
  // The calling thread reads too: one worker per other core.
  const helpers = Math.max(1, availableParallelism() - 1);
  return [
    { label: 'ripgrep', command: 'rg', args: ripgrepArgs() },
    { label: 'CLI, main thread only', command: process.execPath, args: cliArgs(0) },
    {
      label: `CLI, ${helpers} worker${helpers === 1 ? '' : 's'} + main`,
      command: process.execPath,
      args: cliArgs(helpers),
    },
    {
      label: 'in-process scan',
      command: process.execPath,
      args: [path.join(root, 'bench/scan-lib/scan-child.mjs'), tree, '0'],
      inProcess: true,
    },
    // Another build's CLI in the same alternation, to compare a change with its baseline.
    ...(COMPARE_CLI
      ? [{ label: 'CLI, compared build', command: process.execPath, args: cliArgs(0, COMPARE_CLI) }]
      : []),
  ];
};

function benchTree(name, tree) {
  const runs = variants(tree).map((variant) => ({ ...variant, ms: [], rss: [], scanMs: [], last: '' }));
  for (let i = 0; i < RUNS; i++) {
    for (const run of runs) {
      const result = timeProcess(run.command, run.args, tree);
      run.ms.push(result.ms);
      if (result.rssMb !== undefined) run.rss.push(result.rssMb);
      run.last = result.stdout;
      if (run.inProcess) run.scanMs.push(JSON.parse(result.stdout).scanMs);
    }
  }
  const [rg, ...ours] = runs;
  const rgMs = median(rg.ms);
  const scanned = JSON.parse(runs.find((run) => run.inProcess).last);
  const rgFiles = rg.last.split('\n').filter(Boolean).length;
  console.log(
    `\n${name}: ${scanned.listed} files listed, ${scanned.files} text files read, ${scanned.usages} usages; ripgrep: ${rgFiles} files hold a prefilter literal`,
  );
  const rss = (run) => (run.rss.length ? `peak RSS ${Math.max(...run.rss)} MB` : '');
  console.log(`  ${'ripgrep'.padEnd(24)} ${rgMs.toFixed(0).padStart(6)} ms          ${rss(rg)}`);
  for (const run of ours) {
    const ms = run.inProcess ? median(run.scanMs) : median(run.ms);
    const note = run.inProcess ? ' (without Node start-up)' : '';
    console.log(
      `  ${run.label.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / rgMs).toFixed(2)}× ripgrep  ${run.inProcess ? '' : rss(run)}${note}`,
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
  `${availableParallelism()} cores, ${RUNS} alternating runs each (median), Node ${process.version}; bare \`node -e 0\`: ${bare.toFixed(0)} ms`,
);
benchTree('node_modules', path.join(root, 'node_modules'));
const generated = path.join(root, '.bench/generated');
if (!existsSync(path.join(generated, 'pkg0'))) {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(generated, { recursive: true });
  generateTree(generated);
}
benchTree('generated tree', generated);
