import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Case, NEEDS_141, type World } from './harness.ts';

/** A sparse 600 MB file: more than one string can hold, and nothing to read on disk. */
function huge({ repo }: World): void {
  writeFileSync(join(repo, 'd/huge.js'), '');
  truncateSync(join(repo, 'd/huge.js'), 600_000_000);
}

// Issue 18 items 2, 5, 15, 19: large and odd inputs, bounded in time.

/**
 * 20k pinned requests in one file: 20k findings against Docker 19.03, the
 * whole path through the CLI. The cost of 100k is bounded where it was
 * quadratic, in test/report/stylish.test.ts and test/impact/needs.test.ts.
 */
const MANY = 'curl localhost/v1.44/info\n'.repeat(20_000);

const PINNED = 'curl localhost/v1.44/info\n';
const rulesOf = (text: string) => JSON.parse(text).findings.map((f: { rule: string }) => f.rule);

const cases: Case[] = [
  ...(
    [
      ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PINNED, 'utf16le')])],
      [
        'UTF-16BE with a BOM',
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PINNED, 'utf16le').swap16()]),
      ],
      ['UTF-16LE without a BOM', Buffer.from(PINNED, 'utf16le')],
    ] as const
  ).map(
    ([name, bytes]): Case => ({
      name: `19. ${name} is decoded`,
      inProcess: true,
      tree: { 'a.sh': bytes },
      args: ['lint', 'a.sh', '--docker', '19.03', '--format', 'json'],
      code: 1,
      message: /^$/,
      stdout: (text) => expect(JSON.parse(text).findings).toMatchObject([{ line: 1, column: 15 }]),
    }),
  ),
  {
    name: '19. a binary file is still skipped',
    inProcess: true,
    tree: { 'a.sh': PINNED, 'b.dat': Buffer.from(Array.from({ length: 1024 }, (_, index) => index % 256)) },
    args: ['lint', '.', '--docker', '19.03'],
    code: 1,
    message: /skipped 1 binary file/,
  },
  {
    name: '19. a suppression comment inside a string literal suppresses nothing',
    inProcess: true,
    tree: {
      'a.sh': `echo "# docker-api-compat-ignore-next-line api-version-unsupported: in a string"\n${PINNED}`,
    },
    args: ['lint', 'a.sh', '--docker', '19.03', '--format', 'json'],
    code: 1,
    message: /^$/,
    stdout: (text) => expect(rulesOf(text)).toEqual(['api-version-unsupported']),
  },
  {
    name: '19. a real suppression comment still suppresses',
    inProcess: true,
    tree: {
      'a.sh': `# docker-api-compat-ignore-next-line api-version-unsupported: pinned on purpose\n${PINNED}`,
    },
    args: ['lint', 'a.sh', '--docker', '19.03'],
    code: 0,
    message: /^$/,
    stdout: /1 suppressed/,
  },
  ...[
    'API-VERSION-UNSUPPORTED: upper case',
    'api-version-unsupported,: trailing comma',
    ': no rule',
    'api-version-unsupported api-too-new: no comma',
  ].map(
    (rest): Case => ({
      name: `19. malformed: ${rest}`,
      inProcess: true,
      tree: { 'a.sh': `# docker-api-compat-ignore-next-line ${rest}\n${PINNED}` },
      args: ['lint', 'a.sh', '--docker', '19.03', '--format', 'json'],
      code: 1,
      message: /^$/,
      stdout: (text) =>
        expect(rulesOf(text).sort()).toEqual(['api-version-unsupported', 'invalid-suppression']),
    }),
  ),
  {
    name: '19. an unknown directive form is reported',
    inProcess: true,
    tree: { 'a.sh': `# docker-api-compat-ignore-line api-version-unsupported: no such form\n${PINNED}` },
    args: ['lint', 'a.sh', '--docker', '19.03'],
    code: 1,
    message: /^$/,
    stdout: /names unknown rule docker-api-compat-ignore-line/,
  },
  {
    name: '19. CR-only line endings put each finding on its own line',
    inProcess: true,
    tree: { 'mac.sh': 'one\rcurl localhost/v1.44/info\rtwo\rcurl localhost/v1.44/info\r' },
    args: ['lint', 'mac.sh', '--docker', '19.03', '--format', 'json'],
    code: 1,
    message: /^$/,
    stdout: (text) => expect(JSON.parse(text).findings.map((f: { line: number }) => f.line)).toEqual([2, 4]),
  },
  {
    name: '15. a 600 MB file allowed by --max-file-size is skipped with a notice',
    tree: { 'd/a.sh': NEEDS_141 },
    before: huge,
    args: ['lint', 'd', '--docker', '19.03', '--max-file-size', '1000000000'],
    code: 1,
    message: /skipped d\/huge\.js: 600000000 bytes, more than the \d+ a file can have to be read as text/,
    timeoutMs: 10_000,
  },
  {
    name: '15. the same file named on its own is an error',
    tree: { 'd/a.sh': NEEDS_141 },
    before: huge,
    args: ['needs', 'd/huge.js', '--max-file-size', '1000000000'],
    code: 2,
    message: /cannot scan d\/huge\.js: 600000000 bytes, more than the \d+ a file can have to be read as text/,
    timeoutMs: 10_000,
  },
  {
    name: '5. stylish output of 20k findings in one file',
    tree: { 'big.sh': MANY },
    args: ['lint', 'big.sh', '--docker', '19.03', '--max-file-size', '2000000'],
    code: 1,
    message: /^$/,
    stdout: /✖ 20000 problems \(20000 errors, 0 warnings\) in 1 file/,
    timeoutMs: 50_000,
  },
  {
    name: '5. needs on 20k usages',
    tree: { 'big.sh': MANY },
    args: ['needs', 'big.sh', '--json', '--max-file-size', '2000000'],
    code: 0,
    message: /^$/,
    stdout: /"api":"1\.44"/,
    timeoutMs: 50_000,
  },
  {
    name: '2. elements --path with 20 stars runs in linear time',
    args: ['elements', '--path', `${'*'.repeat(20)}a`],
    code: 0,
    message: /^$/,
    timeoutMs: 15_000,
  },
  {
    name: '2. elements --path with 30 alternating stars',
    args: ['elements', '--path', `${'*/'.repeat(30)}*x`],
    code: 0,
    message: /^$/,
    timeoutMs: 15_000,
  },
  {
    name: '2. a star glob still matches',
    inProcess: true,
    args: ['elements', '--path', '/containers/*/json', '--in', 'operation'],
    code: 0,
    message: /^$/,
    stdout: /GET \/containers\/\{id\}\/json/,
    timeoutMs: 15_000,
  },
];

export const inputCases = cases;
