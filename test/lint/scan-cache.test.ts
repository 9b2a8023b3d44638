import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module script shared with the command line
import { corpora } from '../../scripts/corpus-score.mjs';
import { type ScanOptions, type ScanResult, scan } from '../../src/lint/scan/index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dac-scan-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A scan result as plain data, Maps in their order. */
function plain(result: ScanResult): unknown {
  return { ...result, directives: [...result.directives], roles: [...result.roles] };
}

const corpusDirs = Object.entries(corpora as Record<string, string>).filter(([, dir]) => existsSync(dir));

describe.each(corpusDirs)('the %s corpus', (name, dir) => {
  const base: ScanOptions = { cwd: dir, paths: ['.'] };

  test('gives the same scan without a cache, with a cold one and with a warm one', async () => {
    const location = join(scratch, `${name}.json`);
    const notes: string[] = [];
    const cache = { location, onNote: (line: string) => notes.push(line) };
    const without = plain(await scan(base));
    expect(plain(await scan({ ...base, cache }))).toEqual(without);
    expect(existsSync(location)).toBe(true);
    expect(plain(await scan({ ...base, cache }))).toEqual(without);
    expect(notes).toEqual([]);
    expect((without as { usages: unknown[] }).usages.length).toBeGreaterThan(0);
  });
});

// Workers run only from the compiled package (`npm test` builds it first).
const compiled = new URL('../../dist/lint/scan/index.js', import.meta.url);

describe.skipIf(!existsSync(compiled))('workers (compiled package)', () => {
  test.each(corpusDirs)(
    'the %s corpus scans the same with workers on and off, cached or not',
    async (name, dir) => {
      const { scan: compiledScan } = (await import(compiled.href)) as { scan: typeof scan };
      const base: ScanOptions = { cwd: dir, paths: ['.'], minFilesForWorkers: 1 };
      const without = plain(await compiledScan({ ...base, workers: 0 }));
      expect(plain(await compiledScan({ ...base, workers: 1 }))).toEqual(without);
      const cache = { location: join(scratch, `workers-${name}.json`) };
      expect(plain(await compiledScan({ ...base, workers: 1, cache }))).toEqual(without);
      expect(plain(await compiledScan({ ...base, workers: 1, cache }))).toEqual(without);
    },
  );
});

describe('the cache', () => {
  const tree = join(scratch, 'tree');
  cpSync(corpora.raw as string, tree, { recursive: true });
  const file = join(tree, 'labels.json');
  const source = join(tree, readdirFirstSource(tree));
  const location = join(scratch, 'tree-cache.json');

  test('skips reading a file whose size, modification time and inode are unchanged', async () => {
    // A whole-second time survives utimes exactly, so the stat can be put back.
    const when = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(source, when, when);
    const options: ScanOptions = { cwd: tree, paths: ['.'], cache: { location } };
    const before = await scan(options);
    const text = readFileSync(source, 'utf8');
    // Same length, other bytes, same inode (written in place), time put back: only a read would see it.
    writeFileSync(source, text.replace(/containers/g, 'CONTAINERS'));
    utimesSync(source, when, when);
    expect(plain(await scan(options))).toEqual(plain(before));
    // Touched: the stat differs, the file is read and its new bytes count.
    utimesSync(source, new Date(), new Date());
    const fresh = plain(await scan({ cwd: tree, paths: ['.'] }));
    expect(plain(await scan(options))).toEqual(fresh);
    expect(fresh).not.toEqual(plain(before));
    writeFileSync(source, text);
  });

  test('keeps extraction results for a touched file whose bytes hash the same', async () => {
    const options: ScanOptions = { cwd: tree, paths: ['.'], cache: { location } };
    const first = plain(await scan(options));
    utimesSync(source, new Date(), new Date(Date.now() + 5000));
    expect(plain(await scan(options))).toEqual(first);
    // The new stat is kept, so the next run does not read the file again.
    const records = JSON.parse(readFileSync(location, 'utf8')) as { paths: string[]; stats: number[] };
    const index = records.paths.indexOf(source.slice(tree.length + 1));
    expect(records.stats[index * 3 + 1]).toBe(statSync(source).mtimeMs);
  });

  test('is discarded when the settings change', async () => {
    const options: ScanOptions = { cwd: tree, paths: ['.'], cache: { location } };
    await scan(options);
    const roles = { test: ['**/*'] };
    const expected = plain(await scan({ cwd: tree, paths: ['.'], roles }));
    expect(plain(await scan({ ...options, roles }))).toEqual(expected);
    expect(plain(await scan({ ...options, maxFileBytes: 100 }))).toEqual(
      plain(await scan({ cwd: tree, paths: ['.'], maxFileBytes: 100 })),
    );
  });

  test('that is corrupt is ignored with a note, and written anew', async () => {
    writeFileSync(location, '{"format":2,"key":');
    const notes: string[] = [];
    const options: ScanOptions = {
      cwd: tree,
      paths: ['.'],
      cache: { location, onNote: (n) => notes.push(n) },
    };
    expect(plain(await scan(options))).toEqual(plain(await scan({ cwd: tree, paths: ['.'] })));
    expect(notes).toEqual([expect.stringContaining('corrupt')]);
    expect(JSON.parse(readFileSync(location, 'utf8')).format).toBe(2);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
  });

  test('that cannot be written is a note, not a failure', async () => {
    const notes: string[] = [];
    // A cache "file" below a regular file cannot be created.
    const options: ScanOptions = {
      cwd: tree,
      paths: ['.'],
      cache: { location: join(file, 'cache.json'), onNote: (n) => notes.push(n) },
    };
    expect(plain(await scan(options))).toEqual(plain(await scan({ cwd: tree, paths: ['.'] })));
    expect(notes.at(-1)).toContain('cannot write cache');
  });
});

/** A corpus file with usages in it (the first source file by name). */
function readdirFirstSource(dir: string): string {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')).files as Record<string, unknown>;
  const withLabels = Object.keys(labels)
    .filter((path) => readFileSync(join(dir, path), 'utf8').includes('containers'))
    .sort();
  if (!withLabels[0]) throw new Error('no corpus file names /containers');
  return withLabels[0];
}
