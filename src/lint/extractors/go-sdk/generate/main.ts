import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../../package-root.ts';
import { formatGoSdkTable, generateGoSdkTable } from './generate.ts';

/** `npm run data:go-sdk [-- --from DIR]`: writes data/go-sdk.json from the pinned client sources. */
const fromAt = process.argv.indexOf('--from');
const from = fromAt === -1 ? undefined : process.argv[fromAt + 1];
const text = formatGoSdkTable(generateGoSdkTable(from === undefined ? {} : { from }));
writeFileSync(join(dataDir, 'go-sdk.json'), text);
console.log(`data/go-sdk.json: ${text.length} bytes`);
