import { expect } from 'vitest';
import { type Case, NEEDS_141 } from './harness.ts';

// Issue 18 items 6, 11–14, 16: every option value is checked, with a reason.

const LINT = ['lint', 'a.sh', '--docker', '19.03'];
const tree = { 'a.sh': NEEDS_141 };

const cases: Case[] = [
  // 12. single-value options given twice
  ...(
    [
      [['lookup', '--api', '1.41', '--api', '1.42'], /--api given 2 times \(1\.41, 1\.42\): give it once/],
      [['elements', '--path', 'a', '--path', 'b'], /--path given 2 times/],
      [['lint', 'a.sh', '--target', '1.41', '--target', '1.42'], /--target given 2 times/],
      [['report', '--from', '1.41', '--from', '1.42', '--to', '1.44'], /--from given 2 times/],
      [[...LINT, '--baseline', 'a', '--baseline', 'b'], /--baseline given 2 times/],
      [[...LINT, '-c', 'a.json', '-c', 'b.json'], /--config given 2 times/],
      [['needs', '--daemon=unix:///a', '--daemon=unix:///b'], /--daemon given 2 times/],
      [['changes', '--from', '1.40', '--from', '1.41', '--to', '1.42'], /--from given 2 times/],
      [['probe', '--timeout', '1', '--timeout', '2'], /--timeout given 2 times/],
      [[...LINT, '--env', 'a', '--env', 'b'], /--env given 2 times/],
      [['targets', '--target', '1.41', '--target', '1.42'], /--target given 2 times/],
      [['elements', '--method', 'GET', '--method', 'POST'], /--method given 2 times/],
    ] as const
  ).map(([args, message]): Case => ({ name: args.join(' '), tree, args, code: 2, message, inProcess: true })),
  // 13. choices say which values are allowed
  ...(
    [
      [
        ['elements', '--in', 'nope'],
        /--in nope is not one of operation, path, query, header, body, response/,
      ],
      [['changes', '--from', '1.40', '--to', '1.41', '--format', 'nope'], /--format nope is not one of text/],
      [[...LINT, '--fail-on', 'info'], /--fail-on info is not one of error, warn/],
      [['specs', 'nope'], /unknown action "nope": the only action is sync/],
      [[...LINT, '--format', 'nope'], /unknown format "nope": use stylish, json, sarif, github/],
      [['report', '--from', '1.41', '--to', '1.44', '--format', 'pdf'], /unknown format "pdf"/],
    ] as const
  ).map(([args, message]): Case => ({ name: args.join(' '), tree, args, code: 2, message, inProcess: true })),
  // 14. a missing value is an error, not silently ignored
  ...(
    [
      [[...LINT, '--max-warnings'], /--max-warnings needs a number of warnings/],
      [[...LINT, '--workers'], /--workers needs a number of worker threads/],
      [[...LINT, '--max-file-size'], /--max-file-size needs a number of bytes/],
      [['report', '--from', '1.41', '--to', '1.44', '--format'], /--format needs a format/],
      [['probe', '--timeout'], /--timeout needs a number of milliseconds/],
      [[...LINT, '--baseline'], /--baseline needs a file/],
      [['lint', 'a.sh', '--target'], /--target needs an API version/],
      [['lint', 'a.sh', '--docker'], /Not enough arguments following: docker/],
      [[...LINT, '--rule'], /Not enough arguments following: rule/],
      [['elements', '--method'], /--method needs an HTTP method/],
      [['elements', '--method', 'FOO'], /--method FOO is not an HTTP method of the API: use GET/],
    ] as const
  ).map(([args, message]): Case => ({ name: args.join(' '), tree, args, code: 2, message, inProcess: true })),
  // 6. and 16. numbers: whole, in range, with a cap
  ...(
    [
      [[...LINT, '--workers', 'abc'], /--workers abc is not a whole number of worker threads/],
      [[...LINT, '--workers', '-1'], /--workers -1 is too small: at least 0/],
      [[...LINT, '--workers', '1.5'], /--workers 1\.5 is not a whole number/],
      [[...LINT, '--workers', '300'], /--workers 300 is too large: at most 32 worker threads/],
      [[...LINT, '--workers', '1e3'], /--workers 1e3 is not a whole number/],
      [[...LINT, '--max-warnings', '0x10'], /--max-warnings 0x10 is not a whole number/],
      [[...LINT, '--max-file-size', '0'], /--max-file-size 0 is too small: at least 1 bytes/],
      [
        ['probe', '--timeout', '3000000000'],
        /--timeout 3000000000 is too large: at most 2147483647 milliseconds/,
      ],
      [['probe', '--timeout', '0'], /--timeout 0 is too small/],
      [['probe', '--timeout', 'soon'], /--timeout soon is not a whole number of milliseconds/],
    ] as const
  ).map(([args, message]): Case => ({ name: args.join(' '), tree, args, code: 2, message, inProcess: true })),
];

cases.push({
  name: 'valid numbers still work: --workers 0, --max-warnings 0',
  tree,
  args: [...LINT, '--workers', '0', '--max-warnings', '0'],
  code: 1,
  message: /.*/,
  stdout: /1 problem/,
});

// 11. targets: an empty range alternative, a Docker version or an unknown version as an API version
const targetCases: Case[] = (
  [
    [['targets', '--docker', '20.10 ||'], /"20\.10 \|\|" has an empty alternative around \|\|/],
    [['targets', '--docker', '||'], /"\|\|" has an empty alternative/],
    [['targets', '--docker', '|| >=27'], /empty alternative/],
    [
      ['lint', 'a.sh', '--target', '20.10'],
      /--target 20\.10 is a Docker version, not an API version .*use --docker 20\.10/,
    ],
    [
      ['lint', 'a.sh', '--target', '9.99'],
      /--target 9\.99 is not an API version of the data: it knows 1\.12 … 1\.\d+/,
    ],
    [['targets', '--target', '1.11'], /--target 1\.11 is not an API version of the data/],
    [
      ['targets', '--docker', '20.10', '--min-api-override', '1.99'],
      /--min-api-override 1\.99 is not an API version of the data/,
    ],
    [['targets', '--target', 'latest'], /--target "latest" is not an API version: expected MAJOR\.MINOR/],
  ] as const
).map(([args, message]): Case => ({ name: args.join(' '), tree, args, code: 2, message, inProcess: true }));

targetCases.push({
  name: 'a real range with || still names both parts',
  args: ['targets', '--docker', '20.10 || >=29', '--json'],
  code: 0,
  message: /^$/,
  stdout: (text) => expect(JSON.parse(text).api).toBe('1.41'),
});

export const optionCases: Case[] = [...cases, ...targetCases];
