// Issue 2 benchmark: library lookups per second after load, and CLI `lookup`
// start-up side by side with a bare `node -e 0` (alternating runs, medians).
import { fileURLToPath } from 'node:url';
import { releasesServing, resolveDocker } from '../dist/matrix/index.js';
import { perSecond, startupRatio } from './lib/measure.mjs';

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

const docker = perSecond(resolveDocker, INPUTS);
const api = perSecond(releasesServing, API_INPUTS);
console.log(
  `resolveDocker:   ${(docker / 1e6).toFixed(2)}M lookups/s over ${INPUTS.length} inputs (goal ≥ 1M/s)`,
);
console.log(`releasesServing: ${(api / 1e6).toFixed(2)}M lookups/s`);

const cli = fileURLToPath(new URL('../bundle/cli.js', import.meta.url));
const start = startupRatio([cli, 'lookup', '27.1']);
console.log(
  `CLI start-up: node -e 0 ${start.bare.toFixed(0)} ms, lookup 27.1 ${start.measured.toFixed(0)} ms → ${start.ratio.toFixed(2)}× (goal ≤ 2×)`,
);
