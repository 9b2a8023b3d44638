import { describe, expect, test } from 'vitest';
import { wantsColor } from '../../src/report/lint/colors.ts';
import { runCli } from '../helpers/run-cli.ts';

interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  element: string;
  requires?: string;
  message: string;
}

const rows = (stdout: string) =>
  (JSON.parse(stdout).findings as JsonFinding[]).map((f) => [
    f.rule,
    f.file,
    f.line,
    f.element,
    f.requires ?? null,
  ]);

describe('lint command', () => {
  test('the bundled examples against Docker 20.10', async () => {
    const result = await runCli(['lint', 'examples', '--docker', '20.10', '--format', 'json']);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.target).toEqual({ api: '1.41', from: '--docker 20.10' });
    expect(output.summary).toEqual({ files: 7, findings: 6 });
    expect(rows(result.stdout)).toEqual([
      ['api-version-unsupported', 'examples/ci.env', 2, 'DOCKER_API_VERSION', '1.43'],
      [
        'api-version-unsupported',
        'examples/node-service/src/engine.js',
        21,
        'POST /containers/create',
        '1.43',
      ],
      [
        'api-too-new',
        'examples/node-service/src/engine.js',
        32,
        'GET /containers/{id}/stats query:one-shot',
        '1.41',
      ],
      [
        'api-too-new',
        'examples/scripts/smoke-test.sh',
        13,
        'POST /containers/create body:HostConfig.Mounts[].BindOptions.CreateMountpoint',
        '1.42',
      ],
      ['api-version-unsupported', 'examples/tools/cleanup.py', 13, 'POST /build/prune', '1.48'],
      ['api-too-new', 'examples/tools/cleanup.py', 13, 'POST /build/prune query:reserved-space', '1.48'],
    ]);
    for (const finding of output.findings as JsonFinding[]) {
      const optional = new Set(['requires', 'request', 'written', 'via', 'folded']);
      expect(Object.keys(finding)).toEqual(
        [
          'rule',
          'severity',
          'file',
          'line',
          'column',
          'element',
          'requires',
          'message',
          'request',
          'role',
          'extractor',
          'written',
          'via',
          'folded',
        ].filter(
          (key) => !optional.has(key) || (finding as unknown as Record<string, unknown>)[key] !== undefined,
        ),
      );
      // Roles are named below the scanned folder: the examples are the code being linted here.
      expect((finding as unknown as Record<string, unknown>).role).toBe('source');
    }
  });

  test('no findings at error level: exit 0', async () => {
    const result = await runCli(['lint', 'examples/tools', '--target', '1.48', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
  });

  test('rules can be switched on: api-unversioned', async () => {
    const result = await runCli([
      'lint',
      'examples/node-service',
      '--target',
      '1.44',
      '--rule',
      'api-unversioned=warn',
      '--format',
      'json',
    ]);
    const findings = JSON.parse(result.stdout).findings as JsonFinding[];
    expect(
      findings.filter((f) => f.rule === 'api-unversioned').map((f) => [f.line, f.severity, f.element]),
    ).toEqual([[36, 'warn', 'DELETE /containers/{id}']]);
  });

  test.each([
    [['lint', 'no/such/dir', '--target', '1.41'], /no such file or directory: no\/such\/dir/],
    [['lint', 'examples', '--target', 'banana'], /is not an API version/],
    [['lint', 'examples'], /name a target/],
    [['lint', 'examples', '--target', '1.41', '--format', 'xml'], /unknown format "xml"/],
    [['lint', 'examples', '--target', '1.41', '--rule', 'api-nope=warn'], /unknown rule "api-nope"/],
    [['lint', 'examples', '--target', '1.41', '--docker', '20.10'], /not both/],
  ])('%o exits 2 with one line', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  test('stylish: grouped by file, a summary line, no colour off a TTY', async () => {
    const result = await runCli(['lint', 'examples', '--docker', '20.10']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('examples/ci.env');
    expect(lines.at(-1)).toMatch(
      /^✖ 6 problems \(6 errors, 0 warnings\) in 7 files · target API 1\.41 \(--docker 20\.10\)$/,
    );
    expect(result.stdout).not.toContain('\u001b[');
  });
});

describe('colour', () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
  ])('TTY %s with %o → %s', (isTTY, env, expected) => {
    expect(wantsColor({ isTTY }, env)).toBe(expected);
  });
});
