// Issue 3 benchmark: full rebuild of data/ from the specs, size of data/ (raw
// and gzipped), cold import + first element lookup side by side with a bare
// `node -e 0` (alternating runs, medians), and lookups per second.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getElement, listElements, resolveRequest } from '../dist/data/index.js';
import { generateData } from '../dist/diff/build-data.js';
import { specsDir } from '../dist/spec/locate.js';
import { perSecond, startupRatio } from './lib/measure.mjs';

const RUNS = 15;
const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
// The package entry users import (the bundled build).
const dataIndex = new URL('../bundle/index.js', import.meta.url).href;

const specs = specsDir();
if (specs) {
  const start = performance.now();
  await generateData(specs);
  console.log(
    `full rebuild (all versions, no write): ${((performance.now() - start) / 1000).toFixed(1)} s (goal ≤ 60 s)`,
  );
} else {
  console.log('full rebuild: skipped, no specs found (npm run specs:sync or DOCKER_API_SPECS_DIR)');
}

let raw = 0;
let gzip = 0;
for (const name of readdirSync(dataDir).sort()) {
  const bytes = readFileSync(`${dataDir}${name}`);
  const packed = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += packed;
  console.log(
    `  data/${name}: ${(bytes.length / 1024).toFixed(0)} KiB, gzip ${(packed / 1024).toFixed(0)} KiB`,
  );
}
console.log(
  `data/ total: ${(raw / 1024 / 1024).toFixed(2)} MiB, gzip ${(gzip / 1024 / 1024).toFixed(2)} MiB (goal ≤ 4 MB)`,
);

const cold = `import(${JSON.stringify(dataIndex)}).then((m) => { if (!m.getElement('POST /containers/create query:platform')) process.exit(1); })`;
const start = startupRatio(['-e', cold], RUNS);
console.log(
  `cold import + first getElement: node -e 0 ${start.bare.toFixed(1)} ms, import ${start.measured.toFixed(1)} ms → ${start.ratio.toFixed(2)}× (goal ≤ 1.5×, medians of ${RUNS} alternating runs)`,
);

const keys = listElements()
  .filter((_, index) => index % 7 === 0)
  .map((facts) => facts.key);
const lookups = perSecond(getElement, keys);
console.log(`getElement: ${(lookups / 1e6).toFixed(2)}M lookups/s over ${keys.length} keys`);
const requests = [
  { method: 'GET', path: '/v1.41/containers/3f2a/json?size=1' },
  { method: 'POST', path: '/containers/create', query: ['platform'], body: ['HostConfig.CgroupnsMode'] },
  { path: '/images/library/ubuntu:22.04/json' },
];
const resolves = perSecond(resolveRequest, requests);
console.log(`resolveRequest: ${(resolves / 1e3).toFixed(1)}k requests/s`);
