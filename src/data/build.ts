// Entry point of `npm run data:build`: regenerates data/ from the specs.
import { buildData } from '../diff/build-data.ts';
import { dataDir } from '../package-root.ts';

const started = performance.now();
const { counts } = await buildData(dataDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`data/ rebuilt in ${seconds} s: ${JSON.stringify(counts)}\n`);
