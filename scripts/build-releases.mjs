// Regenerates data/docker-releases.json from the release table.
// Usage: node scripts/build-releases.mjs [path/to/docker-releases.tsv]
import { readFileSync, writeFileSync } from 'node:fs';
import { buildReleasesJson } from '../dist/matrix/build-releases.js';

const source = process.argv[2] ?? new URL('../../shared/data/docker-releases.tsv', import.meta.url);
const target = new URL('../data/docker-releases.json', import.meta.url);
writeFileSync(target, buildReleasesJson(readFileSync(source, 'utf8')));
console.log('wrote data/docker-releases.json');
