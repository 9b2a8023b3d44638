import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Case, NEEDS_141 } from './harness.ts';

// Issue 18 items 1, 7, 17: one output writer.

/**
 * Device nodes of the case's own (mknod, as root): a broken writer then
 * replaces a node in the temp dir, never the machine's /dev/null. Without
 * root the machine's nodes are used, which a non-root run cannot replace.
 */
const isRoot = process.getuid?.() === 0;
const devices = isRoot ? { null: 'dev-null', full: 'dev-full' } : { null: '/dev/null', full: '/dev/full' };

function mknod(repo: string): void {
  if (!isRoot) return;
  for (const [name, minor] of [
    ['dev-null', '3'],
    ['dev-full', '7'],
  ] as const) {
    if (spawnSync('mknod', ['-m', '666', join(repo, name), 'c', '1', minor]).status !== 0)
      throw new Error(`mknod ${name} failed`);
  }
}

const LINT = ['lint', 'a.sh', '--docker', '19.03'];
const tree = { 'a.sh': NEEDS_141, 'old.json': 'old\n', 'real.json': 'real\n', adir: { dir: true } } as const;

const cases: Case[] = [
  {
    name: '1. -o under /proc fails at once instead of looping in mkdir',
    tree,
    args: [...LINT, '--format', 'json', '-o', '/proc/nope/x.json'],
    code: 2,
    message: /^docker-api-compat: cannot write \/proc\/nope\/x\.json \(ENOENT\)$/,
    timeoutMs: 15_000,
  },
  {
    name: '7. -o a character device is written through, not replaced',
    tree,
    before: ({ repo }) => mknod(repo),
    args: [...LINT, '--format', 'json', '-o', devices.null],
    code: 1,
    message: /^$/,
  },
  {
    name: '7. -o /dev/full: ENOSPC, one line',
    tree,
    before: ({ repo }) => mknod(repo),
    args: [...LINT, '--format', 'json', '-o', devices.full],
    code: 2,
    message: /cannot write .*full \(ENOSPC\)/,
  },
  {
    name: '7. -o a FIFO nobody reads fails instead of blocking',
    tree: { ...tree, fifo: { fifo: true } },
    args: [...LINT, '--format', 'json', '-o', 'fifo'],
    code: 2,
    message: /cannot write fifo: no process reads this FIFO/,
    timeoutMs: 15_000,
  },
  {
    name: '7. -o a dangling symbolic link is refused',
    inProcess: true,
    tree: { ...tree, dangling: { link: 'nowhere.json' } },
    args: [...LINT, '--format', 'json', '-o', 'dangling'],
    code: 2,
    message: /cannot write dangling: it is a symbolic link to nothing/,
  },
  {
    name: '7. -o a symbolic link writes its target and keeps the link',
    tree: { ...tree, link: { link: 'real.json' } },
    args: [...LINT, '--format', 'json', '-o', 'link'],
    code: 1,
    message: /^$/,
    writes: ['real.json'],
  },
  {
    name: '7. -o a directory',
    inProcess: true,
    tree,
    args: [...LINT, '--format', 'json', '-o', 'adir'],
    code: 2,
    message: /cannot write adir: it is a directory/,
  },
  {
    name: '7. -o a path through a file used as a folder',
    inProcess: true,
    tree,
    args: [...LINT, '--format', 'json', '-o', 'a.sh/x.json'],
    code: 2,
    message: /cannot write a\.sh\/x\.json: .*a\.sh is not a directory/,
  },
  {
    name: '17. two outputs into one file are a usage error; the file is untouched',
    inProcess: true,
    tree: { ...tree, 'same.json': 'kept\n' },
    args: [...LINT, '--format', 'json', '-o', 'same.json', '--format', 'sarif', '-o', 'same.json'],
    code: 2,
    message: /--format json and --format sarif both write same\.json: give each output its own file/,
  },
  {
    name: '17. two spellings of one file',
    inProcess: true,
    tree,
    args: [...LINT, '--format', 'json', '-o', 'x.json', '--format', 'sarif', '-o', './x.json'],
    code: 2,
    message: /both write \.\/x\.json/,
  },
  {
    name: '17. a link and its target are one file',
    inProcess: true,
    tree: { ...tree, link: { link: 'real.json' } },
    args: [...LINT, '--format', 'json', '-o', 'link', '--format', 'sarif', '-o', 'real.json'],
    code: 2,
    message: /both write real\.json/,
  },
  {
    name: '17. a later output that cannot be written leaves the earlier one unreplaced',
    inProcess: true,
    tree,
    args: [...LINT, '--format', 'json', '-o', 'old.json', '--format', 'sarif', '-o', 'adir'],
    code: 2,
    message: /cannot write adir: it is a directory/,
  },
  {
    name: '17. a device that fails leaves the file outputs unreplaced',
    tree,
    before: ({ repo }) => mknod(repo),
    args: [...LINT, '--format', 'json', '-o', 'old.json', '--format', 'sarif', '-o', devices.full],
    code: 2,
    message: /\(ENOSPC\)/,
  },
  {
    name: 'missing folders of a report are created',
    inProcess: true,
    tree,
    args: [...LINT, '--format', 'sarif', '-o', 'out/deep/lint.sarif'],
    code: 1,
    message: /^$/,
    writes: ['out'],
  },
  {
    name: 'report -o a directory',
    inProcess: true,
    tree,
    args: ['report', '--from', '1.41', '--to', '1.44', '-o', 'adir'],
    code: 2,
    message: /cannot write adir: it is a directory/,
  },
  {
    name: 'report -o under /proc',
    tree,
    args: ['report', '--from', '1.41', '--to', '1.44', '-o', '/proc/nope/r.md'],
    code: 2,
    message: /cannot write \/proc\/nope\/r\.md \(ENOENT\)/,
    timeoutMs: 15_000,
  },
  {
    name: '--update-baseline into a directory',
    tree,
    args: [...LINT, '--baseline', 'adir', '--update-baseline'],
    code: 2,
    message: /adir/,
  },
];

let received: Promise<string> | undefined;

cases.push(
  {
    name: '7. -o a FIFO with a reader writes through to it',
    tree: { ...tree, fifo: { fifo: true } },
    before: ({ repo }) => {
      const reader = spawn('cat', [join(repo, 'fifo')]);
      received = new Promise((resolve) => {
        const chunks: Buffer[] = [];
        reader.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        reader.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });
      // Give cat the moment it needs to open its end.
      return new Promise((resolve) => setTimeout(resolve, 200));
    },
    args: [...LINT, '--format', 'json', '-o', 'fifo'],
    code: 1,
    message: /^$/,
    check: async () => {
      expect(JSON.parse((await received) ?? '').summary.findings).toBe(1);
    },
  },
  {
    name: '7. -o a link: the target holds the report',
    tree: { ...tree, link: { link: 'real.json' } },
    args: [...LINT, '--format', 'json', '-o', 'link'],
    code: 1,
    message: /^$/,
    writes: ['real.json'],
    after: ({ repo }) => {
      expect(JSON.parse(readFileSync(join(repo, 'real.json'), 'utf8')).summary.findings).toBe(1);
    },
  },
);

export const outputCases = cases;
