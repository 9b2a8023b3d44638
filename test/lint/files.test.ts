import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { walk } from '../../src/lint/files/walk.ts';
import { scan } from '../../src/lint/scan/index.ts';

let root: string;

const FILES: Record<string, string | Buffer> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.gitignore': 'dist/\n*.log\n',
  'src/app.ts': "fetch('http://localhost/v1.41/containers/json');\n",
  'src/deep/.gitignore': 'generated.ts\n',
  'src/deep/generated.ts': "fetch('http://localhost/v1.41/info');\n",
  'src/deep/kept.ts': "fetch('http://localhost/v1.41/_ping');\n",
  'dist/bundle.js': "fetch('http://localhost/v1.41/info');\n",
  'debug.log': '/v1.41/info\n',
  'node_modules/pkg/index.js': "fetch('http://localhost/v1.41/info');\n",
  'vendor/lib.go': '"/v1.41/info"\n',
  'image.bin': Buffer.from([0x2f, 0x69, 0x6e, 0x66, 0x6f, 0x00, 0x01]),
  'big.txt': `${'x'.repeat(3000)}\n`,
  'empty.sh': '',
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dac-files-'));
  for (const [name, content] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  symlinkSync(root, path.join(root, 'src/loop'));
  symlinkSync(path.join(root, 'missing-target'), path.join(root, 'dangling'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const listed = (inputs: string[], options: { excludeDirs?: string[]; gitignore?: boolean } = {}) =>
  walk(inputs, {
    cwd: root,
    excludeDirs: options.excludeDirs ?? ['.git', 'node_modules', 'vendor'],
    ...options,
  });

describe('walk', () => {
  test('honours .gitignore at every level and the default exclusions', () => {
    expect(listed(['.']).entries.map((e) => e.path)).toEqual([
      '.gitignore',
      'big.txt',
      'empty.sh',
      'image.bin',
      'src/app.ts',
      'src/deep/.gitignore',
      'src/deep/kept.ts',
    ]);
  });

  test('reports the symlink loop instead of following it', () => {
    expect(listed(['.']).notices).toEqual([{ kind: 'symlink-loop', file: 'src/loop' }]);
  });

  test.each([
    [{ excludeDirs: [] as string[] }, ['node_modules/pkg/index.js', 'vendor/lib.go']],
    [{ gitignore: false }, ['debug.log', 'dist/bundle.js', 'src/deep/generated.ts']],
  ])('overrides %o bring back %o', (options, extra) => {
    const paths = listed(['.'], options).entries.map((e) => e.path);
    for (const file of extra) expect(paths).toContain(file);
  });

  test.each([
    ['src/**/*.ts', ['src/app.ts', 'src/deep/kept.ts']],
    ['src/deep/generated.ts', ['src/deep/generated.ts']],
  ])('%s lists %o', (input, expected) => {
    expect(listed([input]).entries.map((e) => e.path)).toEqual(expected);
  });

  test('a path that does not exist is a usage error', () => {
    expect(() => listed(['nope'])).toThrow(UsageError);
  });
});

describe('scan', () => {
  test('skips binary and oversized files and says so', async () => {
    const result = await scan({ cwd: root, paths: ['.'], maxFileBytes: 2048, workers: 0 });
    expect(result.notices).toEqual([
      { kind: 'skipped', file: 'big.txt', reason: 'too-large', size: 3001 },
      { kind: 'skipped', file: 'image.bin', reason: 'binary' },
      { kind: 'symlink-loop', file: 'src/loop' },
    ]);
    expect(result.usages.map((u) => [u.file, u.line, u.kind === 'request' ? u.path : u.pin])).toEqual([
      ['src/app.ts', 1, '/containers/json'],
      ['src/deep/kept.ts', 1, '/_ping'],
    ]);
  });

  test('an unreadable file is a notice and the run goes on', async () => {
    const entries = [
      { path: 'a.sh', location: 'a' },
      { path: 'b.sh', location: 'b' },
    ];
    const result = await scan({
      cwd: root,
      provider: {
        list: async () => ({ entries, notices: [] }),
        read: async (entry) => {
          if (entry.path === 'a.sh') throw Object.assign(new Error('denied'), { code: 'EACCES' });
          return Buffer.from('curl --unix-socket /var/run/docker.sock http://localhost/v1.41/info\n');
        },
      },
    });
    expect(result.notices).toEqual([{ kind: 'unreadable', file: 'a.sh', code: 'EACCES' }]);
    expect(result.usages.map((u) => u.file)).toEqual(['b.sh']);
  });
});
