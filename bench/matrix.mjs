// Issue 2 benchmark: library lookups per second after load, and CLI `lookup`
// start-up side by side with a bare `node -e 0` (alternating runs, medians).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { releasesServing, resolveDocker } from '../dist/matrix/index.js';

const INPUTS = [
  '27.1',
  '27.1.2',
  'v27.1.0',
  '17.03.1-ce',
  '1.13.1',
  '29.0.0-rc.1',
  '20.10.24',
  '29.3',
  '24.0.7',
  '27',
];
const API_INPUTS = ['1.41', '1.24', '1.44', '1.52'];

function perSecond(fn, inputs, seconds = 1) {
  for (let i = 0; i < 20_000; i++) fn(inputs[i % inputs.length]); // warm up
  let calls = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) fn(inputs[(calls + i) % inputs.length]);
    calls += 1000;
  }
  return calls / seconds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const docker = perSecond(resolveDocker, INPUTS);
const api = perSecond(releasesServing, API_INPUTS);
console.log(
  `resolveDocker:   ${(docker / 1e6).toFixed(2)}M lookups/s over ${INPUTS.length} inputs (goal ≥ 1M/s)`,
);
console.log(`releasesServing: ${(api / 1e6).toFixed(2)}M lookups/s`);

const cli = fileURLToPath(new URL('../bundle/cli.js', import.meta.url));
const bare = [];
const lookup = [];
for (let i = 0; i < 15; i++) {
  bare.push(time(['-e', '0']));
  lookup.push(time([cli, 'lookup', '27.1']));
}
const ratio = median(lookup) / median(bare);
console.log(
  `CLI start-up: node -e 0 ${median(bare).toFixed(0)} ms, lookup 27.1 ${median(lookup).toFixed(0)} ms → ${ratio.toFixed(2)}× (goal ≤ 2×)`,
);
