import { expect, test } from 'vitest';
import { applySuppressions, findDirectives } from '../../src/suppress/index.ts';

test.each([
  [
    '// docker-api-compat-ignore-next-line api-too-new: guarded in start()',
    'next-line',
    ['api-too-new'],
    'guarded in start()',
  ],
  [
    '  # docker-api-compat-ignore-file api-deprecated, api-removed: legacy',
    'file',
    ['api-deprecated', 'api-removed'],
    'legacy',
  ],
  [
    '/* docker-api-compat-ignore-next-line api-too-new: reason here */ x()',
    'next-line',
    ['api-too-new'],
    'reason here',
  ],
  [
    '<!-- docker-api-compat-ignore-next-line api-too-new: docs for 25+ -->',
    'next-line',
    ['api-too-new'],
    'docs for 25+',
  ],
  [
    ' * docker-api-compat-ignore-file api-too-new: inside a JSDoc block',
    'file',
    ['api-too-new'],
    'inside a JSDoc block',
  ],
  ['// docker-api-compat-ignore-next-line api-too-new', 'next-line', ['api-too-new'], ''],
  ['// docker-api-compat-ignore-next-line api-too-new:   \r', 'next-line', ['api-too-new'], ''],
])('%j', (text, kind, rules, reason) => {
  expect(findDirectives(`x\n${text}\n`)).toEqual([
    { kind, rules, reason, line: 2, column: text.indexOf('docker') + 1 },
  ]);
});

test.each([
  ['const s = "docker-api-compat-ignore-file api-too-new: not a comment";'],
  ['// docker-api-compat-ignore-everything api-too-new: unknown kind'],
  ['// docker-api-compat-ignore-next-line: no rule'],
])('not a directive: %j', (text) => {
  expect(findDirectives(text)).toEqual([]);
});

test('many markers are read in one linear pass', () => {
  const text = '// docker-api-compat-ignore-next-line api-too-new: r\n'.repeat(50_000);
  const directives = findDirectives(text);
  expect(directives).toHaveLength(50_000);
  expect(directives[49_999]?.line).toBe(50_000);
});

const FILE = 'src/a.ts';
const directives = new Map([
  [
    FILE,
    findDirectives(
      [
        'a()', // 1
        '// docker-api-compat-ignore-next-line api-too-new: guarded', // 2
        'b()', // 3
        '// docker-api-compat-ignore-next-line api-removed: never matches', // 4
        'c()', // 5
        '// docker-api-compat-ignore-next-line api-too-new', // 6: no reason
        'd()', // 7
      ].join('\n'),
    ),
  ],
]);

test('next-line directives suppress only the next line, and only their rules', () => {
  const findings = [
    { rule: 'api-too-new', file: FILE, line: 3 },
    { rule: 'api-deprecated', file: FILE, line: 3 },
    { rule: 'api-too-new', file: FILE, line: 5 },
    { rule: 'api-too-new', file: FILE, line: 7 },
    { rule: 'api-too-new', file: 'src/b.ts', line: 3 },
  ];
  const result = applySuppressions(findings, directives);
  expect(result.suppressed.map((entry) => entry.finding)).toEqual([findings[0]]);
  expect(result.kept).toEqual(findings.slice(1));
  expect(result.unused.map((entry) => entry.directive.line)).toEqual([4]);
  expect(result.invalid.map((entry) => entry.directive.line)).toEqual([6]);
});

test('a file directive covers every line', () => {
  const map = new Map([[FILE, findDirectives('# docker-api-compat-ignore-file api-too-new: legacy\n')]]);
  const findings = [10, 20].map((line) => ({ rule: 'api-too-new', file: FILE, line }));
  expect(applySuppressions(findings, map)).toMatchObject({ kept: [], unused: [], invalid: [] });
});

test('a next-line directive above a request covers the elements written below it, in its options object', () => {
  const text = [
    '// docker-api-compat-ignore-next-line api-too-new: only run on Docker 20.10+', // 1
    'await docker.createContainer({', // 2
    "  HostConfig: { CgroupnsMode: 'private' },", // 3
    '});', // 4
    "fetch('/v1.41/containers/json?all=1', { method: 'GET' });", // 5
  ].join('\n');
  const map = new Map([[FILE, findDirectives(text)]]);
  const inside = { rule: 'api-too-new', file: FILE, line: 3, request: { line: 2 } };
  const elsewhere = { rule: 'api-too-new', file: FILE, line: 3, request: { line: 5 } };
  const result = applySuppressions([inside, elsewhere], map);
  expect(result.suppressed.map((entry) => entry.finding)).toEqual([inside]);
  expect(result.kept).toEqual([elsewhere]);
});
