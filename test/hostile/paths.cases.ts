import { type Case, NEEDS_141, PLAIN } from './harness.ts';

// Issue 18 items 3, 4, 18 and `lint 'd/[[[['` of 19: one path policy for links and special files.

const D = ['--docker', '19.03'];
const QUICK = 15_000;

const cases: Case[] = [
  // 3. FIFOs and devices are never opened for reading
  ...(
    [
      [
        ['lint', 'p.js', ...D],
        /^docker-api-compat: p\.js is a FIFO, not a regular file: it cannot be scanned$/,
      ],
      [['needs', 'p.js'], /p\.js is a FIFO, not a regular file/],
      [['report', 'p.js', '--from', '1.41', '--to', '1.44'], /p\.js is a FIFO, not a regular file/],
      [
        ['lint', 'a.sh', ...D, '--baseline', 'p.js'],
        /baseline .*p\.js is not a regular file: it is not read/,
      ],
      [
        ['lint', 'a.sh', ...D, '--baseline', 'p.js', '--update-baseline'],
        /cannot write .*p\.js: no process reads this FIFO/,
      ],
      // The test's child has a pipe (or socket pair) on stdin.
      [['lint', '/dev/stdin', ...D], /\/dev\/stdin is a (FIFO|socket), not a regular file/],
      [['lint', '/dev/zero', ...D], /\/dev\/zero is a character device, not a regular file/],
      [['lint', 'link-to-fifo', ...D], /link-to-fifo is a FIFO/],
    ] as const
  ).map(
    ([args, message]): Case => ({
      name: `3. ${args.join(' ')}`,
      tree: { 'a.sh': NEEDS_141, 'p.js': { fifo: true }, 'link-to-fifo': { link: 'p.js' } },
      args,
      code: 2,
      message,
      timeoutMs: QUICK,
    }),
  ),
  {
    name: '3. a FIFO inside a scanned folder is skipped with a notice',
    tree: { 'src/a.sh': NEEDS_141, 'src/p.js': { fifo: true } },
    args: ['lint', 'src', ...D],
    code: 1,
    message: /skipped src\/p\.js: a FIFO, not a regular file/,
    timeoutMs: QUICK,
  },
  {
    name: '3. a link to a FIFO inside a folder is skipped',
    tree: { 'src/a.sh': NEEDS_141, 'p.js': { fifo: true }, 'src/l.js': { link: '../p.js' } },
    args: ['lint', '.', ...D],
    code: 1,
    message: /skipped p\.js: a FIFO/,
    timeoutMs: QUICK,
  },
  {
    name: '3. a .gitignore that is a FIFO is not read',
    tree: { 'a.sh': NEEDS_141, '.gitignore': { fifo: true } },
    args: ['lint', '.', ...D],
    code: 1,
    message: /skipped \.gitignore: a FIFO/,
    timeoutMs: QUICK,
  },
  {
    name: '3. needs on a folder with a FIFO',
    tree: { 'src/a.sh': NEEDS_141, 'src/p.js': { fifo: true } },
    args: ['needs', 'src', '--json'],
    code: 0,
    message: /skipped src\/p\.js: a FIFO/,
    timeoutMs: QUICK,
  },
  // 4. links that leave the scanned folders are not followed unless asked
  {
    name: '4. a link to / is not walked',
    tree: { 't/a.sh': PLAIN, 't/root': { link: '/' } },
    args: ['lint', 't', ...D],
    code: 0,
    message: /skipped t\/root: symbolic link to \/, outside the scanned folders \(--follow-links to follow\)/,
    timeoutMs: QUICK,
  },
  {
    name: '4. a link to /etc is not walked',
    tree: { 't/a.sh': PLAIN, 't/etc': { link: '/etc' } },
    args: ['lint', 't', ...D],
    code: 0,
    message: /skipped t\/etc: symbolic link to \/etc/,
    stdout: /no problems in 1 file/,
    timeoutMs: QUICK,
  },
  {
    name: '4. a link to a file outside the project is not read',
    tree: { 't/a.sh': PLAIN, 't/x.sh': { link: '../../x.sh' } },
    above: { 'x.sh': NEEDS_141 },
    args: ['lint', 't', ...D],
    code: 0,
    message: /skipped t\/x\.sh: symbolic link to .*outside\/x\.sh, outside the scanned folders/,
  },
  {
    name: '4. --follow-links follows it',
    tree: { 't/a.sh': PLAIN, 't/x.sh': { link: '../../x.sh' } },
    above: { 'x.sh': NEEDS_141 },
    args: ['lint', 't', ...D, '--follow-links'],
    code: 1,
    message: /^$/,
    stdout: /t\/x\.sh/,
  },
  {
    name: '4. a link to a folder outside the project is not walked',
    tree: { 't/a.sh': PLAIN, 't/other': { link: '../../other' } },
    above: { 'other/x.sh': NEEDS_141 },
    args: ['lint', 't', ...D],
    code: 0,
    message: /skipped t\/other: symbolic link to .*outside\/other/,
  },
  {
    name: '4. a link inside the scanned folder is followed',
    inProcess: true,
    tree: { 't/real/x.sh': NEEDS_141, 't/alias.sh': { link: 'real/x.sh' } },
    args: ['lint', 't/alias.sh', ...D],
    code: 1,
    message: /^$/,
  },
  {
    name: '4. a link into another scanned folder is followed',
    tree: { 'a/x.sh': PLAIN, 'b/l': { link: '../a' }, 'b/y.sh': PLAIN },
    args: ['lint', 'a', 'b', ...D],
    code: 0,
    message: /^$/,
  },
  {
    name: '4. a link loop is a notice',
    tree: { 't/a.sh': PLAIN, 't/loop': { link: '.' } },
    args: ['lint', 't', ...D],
    code: 0,
    message: /skipped t\/loop: symbolic link loop/,
    timeoutMs: QUICK,
  },
  {
    name: '4. a dangling link is ignored',
    inProcess: true,
    tree: { 't/a.sh': PLAIN, 't/gone.sh': { link: 'nowhere.sh' } },
    args: ['lint', 't', ...D],
    code: 0,
    message: /^$/,
  },
  // 18. explicit inputs that scan nothing are an error
  {
    name: '18. an explicit file over the size limit',
    inProcess: true,
    tree: { 'big.sh': `${NEEDS_141}${'#'.repeat(2000)}\n` },
    args: ['lint', 'big.sh', ...D, '--max-file-size', '1000'],
    code: 2,
    message: /cannot scan big\.sh: it is larger than the size limit/,
  },
  {
    name: '18. a glob that matches nothing',
    inProcess: true,
    tree: { 'a.sh': NEEDS_141 },
    args: ['lint', '*.nomatch', ...D],
    code: 2,
    message: /pattern \*\.nomatch matches no files to scan/,
  },
  {
    name: '18. a glob below a folder that matches nothing',
    inProcess: true,
    tree: { 'src/a.sh': NEEDS_141 },
    args: ['needs', 'src/**/*.py'],
    code: 2,
    message: /pattern src\/\*\*\/\*\.py matches no files/,
  },
  {
    name: '18. an explicitly named folder that .gitignore ignores',
    inProcess: true,
    tree: { 'a.sh': PLAIN, 'dist/x.sh': NEEDS_141, '.gitignore': 'dist/\n' },
    args: ['lint', 'dist', ...D],
    code: 2,
    message: /nothing to scan in dist: every file in it is excluded or ignored/,
  },
  {
    name: '18. an explicitly named folder that --exclude skips',
    inProcess: true,
    tree: { 'gen/x.sh': NEEDS_141 },
    args: ['lint', 'gen', ...D, '--exclude', 'gen/**'],
    code: 2,
    message: /nothing to scan in gen/,
  },
  {
    name: '18. an empty folder',
    inProcess: true,
    tree: { empty: { dir: true } },
    args: ['report', 'empty', '--from', '1.41', '--to', '1.44'],
    code: 2,
    message: /nothing to scan in empty/,
  },
  {
    name: '18. one empty input among good ones is still an error',
    inProcess: true,
    tree: { 'a.sh': NEEDS_141, empty: { dir: true } },
    args: ['lint', 'a.sh', 'empty', ...D],
    code: 2,
    message: /nothing to scan in empty/,
  },
  {
    name: '18. a path that does not exist',
    inProcess: true,
    tree: {},
    args: ['lint', 'nope.sh', ...D],
    code: 2,
    message: /no such file or directory: nope\.sh/,
  },
  {
    name: '19. an invalid glob',
    inProcess: true,
    tree: { 'd/a.sh': PLAIN },
    args: ['lint', 'd/[[[[', ...D],
    code: 2,
    message: /invalid pattern d\/\[\[\[\[/,
  },
  {
    name: '18. a folder and a glob over it both scan',
    inProcess: true,
    tree: { 'src/a.sh': NEEDS_141 },
    args: ['lint', 'src', 'src/**/*.sh', ...D],
    code: 1,
    message: /^$/,
    stdout: /1 problem .* in 1 file/,
  },
];

export const pathCases = cases;
