import { describe, expect, test } from 'vitest';
import { inDir } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

const PROJECT = new URL('../fixtures/ci/project/', import.meta.url).pathname;

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  severity: string;
}

const lintJson = (args: string[]) => inDir(PROJECT, () => runCli(['lint', '--format', 'json', ...args]));
const rows = (findings: JsonFinding[]) => findings.map((f) => [f.rule, f.severity, f.file, f.line]);

const SUPPRESSION_FINDINGS = [
  ['unused-suppression', 'warn', 'scripts/suppressed.sh', 5],
  ['invalid-suppression', 'error', 'scripts/suppressed.sh', 7],
  ['invalid-suppression', 'error', 'scripts/suppressed.sh', 9],
];

describe('config into lint', () => {
  test.each([
    [
      'the config target, exclude and default rules',
      [],
      '--docker 20.10',
      [['api-version-unsupported', 'error', 'scripts/pins.sh', 4], ...SUPPRESSION_FINDINGS],
    ],
    [
      'an environment replaces the target',
      ['--env', 'fleet'],
      '--docker 20.10 --docker 27',
      [['api-version-unsupported', 'error', 'scripts/pins.sh', 4], ...SUPPRESSION_FINDINGS],
    ],
    [
      'an environment sets a severity',
      ['--env', 'strict'],
      '--docker 20.10',
      [
        ['api-version-unsupported', 'error', 'scripts/pins.sh', 4],
        ['unused-suppression', 'error', 'scripts/suppressed.sh', 5],
        ...SUPPRESSION_FINDINGS.slice(1),
      ],
    ],
    [
      'the command line overrides the config target',
      ['--target', '1.44'],
      '--target 1.44',
      // The pin the comment on line 3 excuses is fine at 1.44: the comment is unused now.
      [['unused-suppression', 'warn', 'scripts/suppressed.sh', 3], ...SUPPRESSION_FINDINGS],
    ],
    [
      'the command line overrides a config severity',
      ['--env', 'strict', '--rule', 'unused-suppression=off'],
      '--docker 20.10',
      [['api-version-unsupported', 'error', 'scripts/pins.sh', 4], ...SUPPRESSION_FINDINGS.slice(1)],
    ],
    [
      'explicit paths replace include',
      ['scripts/pins.sh'],
      '--docker 20.10',
      [['api-version-unsupported', 'error', 'scripts/pins.sh', 4]],
    ],
    [
      '--exclude adds to the config exclude',
      ['--exclude', 'scripts/suppressed.sh'],
      '--docker 20.10',
      [['api-version-unsupported', 'error', 'scripts/pins.sh', 4]],
    ],
  ])('%s', async (_, args, from, expected) => {
    const result = await lintJson(args);
    const output = JSON.parse(result.stdout);
    expect(output.target.from).toBe(from);
    expect(rows(output.findings)).toEqual(expected);
  });

  test.each([
    [['--config', '../bad-rule.config.json'], /key "rules\.api-too-nwe": did you mean api-too-new\?$/],
    [['--env', 'nope'], /environment "nope" is not defined in .*; it has fleet, strict$/],
    [['--config', 'missing.json'], /config file missing\.json does not exist/],
    [['--update-baseline'], /--update-baseline needs --baseline FILE/],
    // Config exclude still applies to a folder named explicitly: it then scans nothing.
    [['scripts/pins.sh', 'legacy'], /nothing to scan in legacy: every file in it is excluded or ignored/],
    [['--max-warnings', '-1'], /--max-warnings -1 is too small: at least 0 warnings/],
  ])('%j exits 2 with one line', async (args, message) => {
    const result = await lintJson(args);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });
});

describe('inline suppressions', () => {
  test('suppressed findings are kept apart, with the reason', async () => {
    const output = JSON.parse((await lintJson([])).stdout);
    expect(
      output.suppressed.map((f: JsonFinding & { suppression: object }) => [
        f.rule,
        f.file,
        f.line,
        f.suppression,
      ]),
    ).toEqual([
      [
        'api-version-unsupported',
        'scripts/suppressed.sh',
        4,
        { kind: 'next-line', reason: 'every host runs 23.0 since June', line: 3 },
      ],
    ]);
  });

  test('--no-suppressions reports what the comments would hide, and no comment findings', async () => {
    const output = JSON.parse((await lintJson(['--no-suppressions'])).stdout);
    expect(output.suppressed).toEqual([]);
    expect(rows(output.findings)).toEqual([
      ['api-version-unsupported', 'error', 'scripts/pins.sh', 4],
      ['api-version-unsupported', 'error', 'scripts/suppressed.sh', 4],
    ]);
  });
});
