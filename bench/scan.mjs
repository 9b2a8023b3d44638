#!/usr/bin/env node
// Benchmark: the linter's scan (list, read, prefilter, extract) against
// ripgrep searching the same trees for the same literal prefilter, in one run.
// Trees: the project's own node_modules and a generated tree. Run after
// `npm run build`. Figures are ratios; absolute times depend on the machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefilterLiterals } from '../dist/lint/extract.js';
import { generateTree } from './scan-lib/generate-tree.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeProcess(command, args) {
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${command} failed: ${child.stderr}`);
  return { ms, stdout: child.stdout };
}

function benchTree(name, tree) {
  const literals = prefilterLiterals();
  const rgArgs = [
    '--no-ignore',
    '--hidden',
    '--max-filesize',
    '2M',
    '-F',
    '-l',
    ...literals.flatMap((l) => ['-e', l]),
    '.',
  ];
  const rg = [];
  let rgFiles = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = timeProcess('sh', ['-c', `cd "${tree}" && exec rg ${rgArgs.map((a) => `'${a}'`).join(' ')}`]);
    rg.push(run.ms);
    rgFiles = run.stdout.split('\n').filter(Boolean).length;
  }
  const rows = [];
  for (const workers of [0, availableParallelism()]) {
    const times = [];
    const scans = [];
    let last;
    for (let i = 0; i < RUNS; i++) {
      const run = timeProcess(process.execPath, [
        path.join(root, 'bench/scan-lib/scan-child.mjs'),
        tree,
        String(workers),
      ]);
      times.push(run.ms);
      last = JSON.parse(run.stdout);
      scans.push(last.scanMs);
    }
    rows.push({ workers, ms: median(times), ...last, scanMs: median(scans) });
  }
  const rgMs = median(rg);
  console.log(
    `\n${name}: ${rows[0].listed} files listed, ${rows[0].files} text files read; ripgrep: ${rgFiles} files hold a prefilter literal`,
  );
  console.log(`  ripgrep                       ${rgMs.toFixed(0).padStart(6)} ms`);
  for (const row of rows) {
    const label = row.workers === 0 ? 'scan, main thread only' : `scan, ${row.workers} worker threads`;
    console.log(
      `  ${label.padEnd(29)} ${row.ms.toFixed(0).padStart(6)} ms  ${(row.ms / rgMs).toFixed(2)}× ripgrep  (scan alone ${row.scanMs} ms, ${(row.scanMs / rgMs).toFixed(2)}×)  peak RSS ${row.maxRssMb} MB  ${row.usages} usages`,
    );
  }
}

try {
  execFileSync('rg', ['--version']);
} catch {
  console.error('ripgrep (rg) is not installed: the benchmark compares against it.');
  process.exit(2);
}
console.log(`${availableParallelism()} cores, ${RUNS} runs each (median), Node ${process.version}`);
benchTree('node_modules', path.join(root, 'node_modules'));
const generated = path.join(root, '.bench/generated');
if (!existsSync(path.join(generated, 'pkg0'))) {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(generated, { recursive: true });
  generateTree(generated);
}
benchTree('generated tree', generated);
