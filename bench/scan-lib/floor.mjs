// The floor a Node scan cannot beat: walk the tree (as the CLI does, .git
// left out, links followed) and, with `read`, read every file into one reused
// buffer and search it with one `Buffer.indexOf`. With `walk`, only list: what
// a cached run must at least do; with `stat`, also one stat per file, as a cache keyed by
// size and modification time needs. Prints the count so the work is not optimised away.
// Usage: node bench/scan-lib/floor.mjs <tree> read|walk|stat
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';

const [tree, mode] = process.argv.slice(2);
const MAX = 2 * 1024 * 1024;
const buffer = Buffer.allocUnsafe(MAX + 1);
const needle = Buffer.from('/containers');
let files = 0;
let hits = 0;

function kind(dirent, path) {
  if (dirent.isFile()) return 'file';
  if (dirent.isDirectory()) return 'dir';
  if (!dirent.isSymbolicLink()) return 'other';
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isDirectory() ? 'dir' : stats?.isFile() ? 'file' : 'other';
}

function walk(dir) {
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${dirent.name}`;
    const type = kind(dirent, path);
    if (type === 'dir' && dirent.name !== '.git') walk(path);
    else if (type === 'file') {
      files++;
      if (mode === 'stat' && statSync(path, { throwIfNoEntry: false })?.isFile()) hits++;
      if (mode !== 'read') continue;
      const fd = openSync(path, 'r');
      const length = readSync(fd, buffer, 0, buffer.length, null);
      closeSync(fd);
      if (buffer.subarray(0, length).indexOf(needle) !== -1) hits++;
    }
  }
}

walk(tree);
process.stdout.write(`${files} ${hits}\n`);
