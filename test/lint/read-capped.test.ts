import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readBuffer, readCapped } from '../../src/lint/files/read-capped.ts';
import { FileTooLargeError } from '../../src/lint/files/special.ts';
import { scan } from '../../src/lint/scan/index.ts';

let root: string;
const LIMIT = 512 * 1024;
const USAGE = "fetch('http://localhost/v1.41/containers/json');\n";

// Larger than the first read, so each takes the large-file path.
const FILES: Record<string, Buffer> = {
  'late.js': Buffer.from(`${'// padding\n'.repeat(20_000)}${USAGE}`),
  'blob.bin': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]), Buffer.alloc(300_000, 0x41)]),
  'wide.ps1': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`${'# pad\n'.repeat(20_000)}${USAGE}`, 'utf16le'),
  ]),
  'huge.txt': Buffer.alloc(LIMIT + 10, 0x61),
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dac-read-'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path.join(root, name), content);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (name: string) =>
  readCapped({ path: name, location: path.join(root, name) }, LIMIT, readBuffer(LIMIT));

test('a large text file is read to its end', () => {
  expect(Buffer.from(read('late.js')).equals(FILES['late.js'] as Buffer)).toBe(true);
});

test('of a large binary file only the first bytes are read, enough to tell it is binary', () => {
  const bytes = read('blob.bin');
  expect(bytes.length).toBeLessThan((FILES['blob.bin'] as Buffer).length);
  expect(bytes.indexOf(0)).toBe(4);
});

test('a large UTF-16 file, NUL bytes and all, is read whole', () => {
  expect(read('wide.ps1').length).toBe((FILES['wide.ps1'] as Buffer).length);
});

test('a file over the limit is refused from its size, which the error gives', () => {
  let error: unknown;
  try {
    read('huge.txt');
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(FileTooLargeError);
  expect((error as FileTooLargeError).size).toBe(LIMIT + 10);
  expect((error as FileTooLargeError).limit).toBe(LIMIT);
  expect((error as FileTooLargeError).hard).toBe(false);
});

test('the scan finds the usages at the end of large files and skips the others with their notices', async () => {
  const result = await scan({ cwd: root, paths: ['.'], maxFileBytes: LIMIT, workers: 0 });
  expect(result.usages.map((usage) => [usage.file, usage.line])).toEqual([
    ['late.js', 20_001],
    ['wide.ps1', 20_001],
  ]);
  expect(result.notices).toEqual([
    { kind: 'skipped', file: 'blob.bin', reason: 'binary' },
    { kind: 'skipped', file: 'huge.txt', reason: 'too-large', size: LIMIT + 10 },
  ]);
});
