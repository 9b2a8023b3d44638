import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../../package-root.ts';
import { buildCliData, formatCliData } from './build.ts';

/** Writes data/docker-cli.json from the pinned docker/cli source (`npm run data:docker-cli`). */
const path = join(dataDir, 'docker-cli.json');
writeFileSync(path, formatCliData(buildCliData()));
process.stdout.write(`wrote ${path}\n`);
