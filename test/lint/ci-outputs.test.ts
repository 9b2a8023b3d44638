import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type FailPolicy, failReasons } from '../../src/lint/ci/exit-code.ts';
import type { Finding } from '../../src/lint/finding.ts';
import { planOutputs } from '../../src/report/lint/outputs.ts';
import { copyFixture, inDir } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

const FIXTURE = new URL('../fixtures/ci/project/', import.meta.url).pathname;

describe('--format and --output-file pair by position', () => {
  test.each([
    [[], [], {}, [{ format: 'stylish' }]],
    [[], [], { GITHUB_ACTIONS: 'true' }, [{ format: 'github' }]],
    [['json'], [], { GITHUB_ACTIONS: 'true' }, [{ format: 'json' }]],
    [[], ['out.txt'], {}, [{ format: 'stylish', file: 'out.txt' }]],
    [
      ['sarif', 'github'],
      ['lint.sarif'],
      {},
      [{ format: 'sarif', file: 'lint.sarif' }, { format: 'github' }],
    ],
    [
      ['github', 'sarif'],
      ['-', 'lint.sarif'],
      {},
      [{ format: 'github' }, { format: 'sarif', file: 'lint.sarif' }],
    ],
    [
      ['json', 'sarif'],
      ['a.json', 'b.sarif'],
      {},
      [
        { format: 'json', file: 'a.json' },
        { format: 'sarif', file: 'b.sarif' },
      ],
    ],
  ])('--format %j --output-file %j (env %j)', (formats, files, env, expected) => {
    expect(planOutputs(formats, files, env)).toEqual(expected);
  });

  test.each([
    [['json', 'sarif'], [], /--format json and sarif would all write to stdout/],
    [['json'], ['a', 'b'], /2 --output-file for 1 --format/],
    [['xml'], [], /unknown format "xml": use stylish, json, sarif, github/],
  ])('--format %j --output-file %j is a usage error', (formats, files, message) => {
    expect(() => planOutputs(formats, files, {})).toThrow(message);
  });

  test('several outputs in one run: stdout and files, each complete', async () => {
    const dir = copyFixture(FIXTURE);
    const result = await inDir(dir, () =>
      runCli(['lint', 'scripts', '--format', 'json', '--format', 'sarif', '-o=-', '-o', 'out/lint.sarif']),
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary).toEqual({ files: 2, findings: 4 });
    const sarif = JSON.parse(readFileSync(join(dir, 'out/lint.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(5);
    expect(readdirSync(join(dir, 'out'))).toEqual(['lint.sarif']);
  });

  test('an output file that cannot be written is a one-line error', async () => {
    const dir = copyFixture(FIXTURE);
    const result = await inDir(dir, () =>
      runCli(['lint', '--format', 'json', '-o', 'scripts/pins.sh/x.json']),
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

const error = { severity: 'error' } as Finding;
const warning = { severity: 'warn' } as Finding;

describe('exit code', () => {
  test.each([
    [[], {}, []],
    [[warning], {}, []],
    [[error], {}, ['errors']],
    [[warning], { failOn: 'warn' }, ['warnings']],
    [[error, warning], { failOn: 'warn' }, ['errors', 'warnings']],
    [[warning, warning], { maxWarnings: 2 }, []],
    [[warning, warning, warning], { maxWarnings: 2 }, ['too-many-warnings']],
    [[warning], { maxWarnings: 0 }, ['too-many-warnings']],
    [[], { staleBaselineEntries: 1 }, ['stale-baseline']],
  ] as [Finding[], FailPolicy, string[]][])('%j with %j fails for %j', (findings, policy, reasons) => {
    expect(failReasons(findings, policy)).toEqual(reasons);
  });

  test.each([
    [['--rule', 'invalid-suppression=off'], 1],
    [['--rule', 'invalid-suppression=off', '--rule', 'api-version-unsupported=warn'], 0],
    [['--rule', 'invalid-suppression=off', '--rule', 'api-version-unsupported=warn', '--fail-on', 'warn'], 1],
    [
      ['--rule', 'invalid-suppression=off', '--rule', 'api-version-unsupported=warn', '--max-warnings', '2'],
      0,
    ],
    [
      ['--rule', 'invalid-suppression=off', '--rule', 'api-version-unsupported=warn', '--max-warnings', '1'],
      1,
    ],
  ])('lint %j exits %i', async (args, code) => {
    const result = await inDir(FIXTURE, () => runCli(['lint', '--format', 'json', ...args]));
    expect(result.code).toBe(code);
  });

  test('too many warnings are said on stderr', async () => {
    const result = await inDir(FIXTURE, () =>
      runCli(['lint', '--format', 'json', '--rule', 'invalid-suppression=off', '--max-warnings', '0']),
    );
    expect(result.stderr).toContain('1 warnings exceed --max-warnings 0');
  });
});
