// One measured scan in a fresh process: prints files, usages, the scan's own
// time (without Node's start-up and module loading) and peak RSS as JSON.
// Usage: node bench/scan-lib/scan-child.mjs <tree> <workers>
import { scan } from '../../dist/lint/scan/index.js';

const [tree, workers] = process.argv.slice(2);
const started = performance.now();
const result = await scan({
  cwd: tree,
  paths: ['.'],
  excludeDirs: ['.git'],
  gitignore: false,
  workers: Number(workers),
});
process.stdout.write(
  JSON.stringify({
    listed: result.listed,
    files: result.files,
    usages: result.usages.length,
    scanMs: Math.round(performance.now() - started),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
