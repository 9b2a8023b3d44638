// Issue 19 benchmark: the bundled CLI's own start-up, as whole processes, against a bare
// `node -e 0`. Runs alternate (the machine is shared), figures are medians, and the
// overhead is what a command costs over the bare process in the same run. The lint runs
// check a tree of one small file: once as it is, once with a Docker call (a parse), and
// a cached re-run. Run after `npm run build`; BENCH_RUNS sets the rounds (default 21), and
// BENCH_COMPARE_CLI names another build's cli.js to run side by side (a before/after).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeNode } from './lib/measure.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const cli = fileURLToPath(new URL('../bundle/cli.js', import.meta.url));
const compare = process.env.BENCH_COMPARE_CLI;
const work = mkdtempSync(path.join(tmpdir(), 'docker-api-compat-startup-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const tree = (name, text) => {
  mkdirSync(path.join(work, name));
  writeFileSync(path.join(work, name, 'index.js'), text);
  return path.join(work, name);
};
const plain = tree('plain', 'console.log("hello");\n');
const docker = tree(
  'docker',
  "const Docker = require('dockerode');\nnew Docker().listContainers({ all: true });\n",
);
const lint = ['lint', '--target', '1.41', '--format', 'json'];
const cache = ['--cache-location', path.join(work, 'cache.json')];

const commands = (entry, tag) => [
  [`--version${tag}`, [entry, '--version']],
  [`lookup 27.1${tag}`, [entry, 'lookup', '27.1']],
  [`lint, one file${tag}`, [entry, ...lint, plain]],
  [`lint, one Docker call${tag}`, [entry, ...lint, docker]],
  [`lint, cached re-run${tag}`, [entry, ...lint, ...cache, docker]],
];
const CASES = [['node -e 0', ['-e', '0']], ...commands(cli, '')];
if (compare) CASES.push(...commands(path.resolve(compare), ' (compare)'));

// Fill the cache (each build writes its own).
for (const [name, args] of CASES) if (name.startsWith('lint, cached')) timeNode(args);
const times = CASES.map(() => []);
for (let round = 0; round < RUNS; round++) {
  for (const [index, [, args]] of CASES.entries()) times[index].push(timeNode(args));
}
const bare = median(times[0]);
console.log(`${RUNS} alternating rounds, medians (goal: overhead ≤ 35 ms)`);
CASES.forEach(([name], index) => {
  const ms = median(times[index]);
  const over = index === 0 ? '' : `  +${(ms - bare).toFixed(0)} ms, ${(ms / bare).toFixed(2)}×`;
  console.log(`${name.padEnd(34)}${ms.toFixed(0).padStart(5)} ms${over}`);
});
