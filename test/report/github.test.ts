import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/lint/finding.ts';
import type { LintResult } from '../../src/lint/run.ts';
import { escapeData, escapeProperty, githubReporter } from '../../src/report/lint/github.ts';
import { githubStepSummary } from '../../src/report/lint/github-summary.ts';
import { copyFixture, inDir, withEnv } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

const FIXTURE = new URL('../fixtures/ci/project/', import.meta.url).pathname;

function finding(severity: 'error' | 'warn', line: number, file = 'src/a.ts'): Finding {
  return {
    rule: severity === 'error' ? 'api-too-new' : 'api-deprecated',
    severity,
    file,
    line,
    column: 3,
    element: 'POST /containers/create',
    target: '1.41',
    targetFrom: '--docker 20.10',
    ...(severity === 'error'
      ? { requires: '1.44', args: { rule: 'api-too-new', against: 'target' } }
      : { args: { rule: 'api-deprecated', deprecated: '1.40' } }),
  } as Finding;
}

function resultOf(findings: Finding[]): LintResult {
  return {
    target: { api: '1.41', from: '--docker 20.10', pinWindow: null },
    files: 1,
    listedPaths: ['src/a.ts'],
    usages: [],
    findings,
    notices: [],
    suppressed: [],
  };
}

const commands = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => line.slice(0, line.indexOf(' ')));

describe('github workflow commands', () => {
  test.each([
    ['100% sure', '100%25 sure', '100%25 sure'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%0A', '%250A', '%250A'],
  ])('%j → data %j, property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });

  test('an annotation names file, line, column and rule, escaped', () => {
    const text = githubReporter(resultOf([finding('error', 12, 'src/a,b:c.ts')]), { color: false });
    expect(text).toMatch(
      /^::error file=src\/a%2Cb%3Ac\.ts,line=12,col=3,title=docker-api-compat\(api-too-new\)::`POST \/containers\/create` requires API 1\.44 /,
    );
    expect(text.trimEnd().split('\n')).toHaveLength(1);
  });

  test.each([
    [3, 2, ['::error', '::error', '::error', '::warning', '::warning'], null],
    [12, 0, [...Array(10).fill('::error'), '::notice'], 2],
    [25, 15, [...Array(10).fill('::error'), ...Array(10).fill('::warning'), '::notice'], 20],
  ])(
    '%i errors and %i warnings: most severe first, within the limits',
    (errors, warnings, expected, left) => {
      // Warnings first in the input, so the order is the reporter's doing.
      const findings = [
        ...Array.from({ length: warnings }, (_, i) => finding('warn', i + 1)),
        ...Array.from({ length: errors }, (_, i) => finding('error', 100 + i)),
      ];
      const text = githubReporter(resultOf(findings), { color: false });
      expect(commands(text)).toEqual(expected);
      const notice = text.trimEnd().split('\n').at(-1) ?? '';
      if (left === null) expect(notice.startsWith('::notice')).toBe(false);
      else
        expect(notice).toMatch(
          new RegExp(`^::notice title=docker-api-compat::${left} more findings are not shown`),
        );
    },
  );

  test('the step summary is a markdown table of every finding', () => {
    const summary = githubStepSummary(resultOf([finding('error', 1), finding('warn', 2, 'a|b.ts')]));
    expect(summary.split('\n').filter((line) => line.startsWith('| '))).toEqual([
      '| Severity | Location | Rule | Message |',
      '| --- | --- | --- | --- |',
      expect.stringMatching(/^\| error \| `src\/a\.ts:1:3` \| api-too-new \| /),
      expect.stringMatching(/^\| warn \| `a\\\|b\.ts:2:3` \| api-deprecated \| /),
    ]);
  });

  test('in GitHub Actions without --format: annotations on stdout, summary appended', async () => {
    const summaryFile = join(mkdtempSync(join(tmpdir(), 'dac-summary-')), 'summary.md');
    writeFileSync(summaryFile, '# earlier step\n');
    const result = await withEnv({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile }, () =>
      inDir(copyFixture(FIXTURE), () => runCli(['lint'])),
    );
    expect(result.code).toBe(1);
    expect(commands(result.stdout)).toEqual(['::error', '::error', '::error', '::warning']);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('# earlier step\n## docker-api-compat\n')).toBe(true);
    expect(summary).toContain('1 suppressed inline');
  });
});
