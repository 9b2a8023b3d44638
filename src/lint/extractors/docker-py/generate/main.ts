// Entry point of `npm run data:docker-py`: regenerates data/docker-py.json from the pinned docker-py sources.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../../package-root.ts';
import { encodeDockerPyTable, generateDockerPyTable } from './index.ts';

const { table, unmatched } = generateDockerPyTable();
writeFileSync(join(dataDir, 'docker-py.json'), encodeDockerPyTable(table));
console.log(
  `data/docker-py.json: ${Object.keys(table.api).length} APIClient methods, ${Object.keys(table.types).length} types, ${Object.keys(table.models).length} model classes`,
);
for (const call of unmatched) console.log(`  no operation for ${call}`);
