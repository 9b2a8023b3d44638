// Runs every benchmark under bench/ in turn (each prints its own figures).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const dir = new URL('../bench/', import.meta.url);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();
let failed = 0;
for (const name of files) {
  console.log(`\n## bench/${name}`);
  const result = spawnSync(process.execPath, [new URL(name, dir).pathname], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
