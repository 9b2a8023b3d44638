import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyFixture, inDir } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

const FIXTURE = new URL('../fixtures/ci/project/', import.meta.url).pathname;

const lint = (dir: string, ...args: string[]) =>
  inDir(dir, () => runCli(['lint', '--format', 'json', ...args]));
const entriesOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).entries as Record<string, unknown>[]).map(
    (entry) => [entry.rule, entry.file, entry.element, entry.count],
  );

const ALL_ENTRIES = [
  ['api-version-unsupported', 'scripts/pins.sh', 'GET /containers/json', 1],
  ['invalid-suppression', 'scripts/suppressed.sh', 'docker-api-compat-ignore-next-line api-removed', 1],
  ['invalid-suppression', 'scripts/suppressed.sh', 'docker-api-compat-ignore-next-line api-too-nwe', 1],
  ['unused-suppression', 'scripts/suppressed.sh', 'docker-api-compat-ignore-next-line api-too-new', 1],
];

describe('baselines', () => {
  test('--update-baseline writes the current findings and the run passes', async () => {
    const dir = copyFixture(FIXTURE);
    const result = await lint(dir, '--baseline', 'baseline.json', '--update-baseline');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('wrote baseline baseline.json: 4 findings in 4 entries');
    expect(entriesOf(dir)).toEqual(ALL_ENTRIES);
    expect(JSON.parse(result.stdout)).toMatchObject({ findings: [], baseline: { hidden: 4, stale: [] } });
  });

  test('a baseline hides what it lists, says how many, and lets new findings through', async () => {
    const dir = copyFixture(FIXTURE);
    await lint(dir, '--baseline', 'baseline.json', '--update-baseline');
    appendFileSync(
      join(dir, 'scripts/pins.sh'),
      'curl -s --unix-socket "$SOCK" http://localhost/v1.43/containers/json\n',
    );
    const result = await lint(dir, '--baseline', 'baseline.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('baseline baseline.json hid 4 findings');
    const output = JSON.parse(result.stdout);
    expect(output.findings.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([
      ['scripts/pins.sh', 5],
    ]);
  });

  test('entries survive line moves', async () => {
    const dir = copyFixture(FIXTURE);
    await lint(dir, '--baseline', 'baseline.json', '--update-baseline');
    const file = join(dir, 'scripts/pins.sh');
    const [shebang, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [shebang, '', '', ...rest].join('\n'));
    const result = await lint(dir, '--baseline', 'baseline.json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
  });

  test('fixed entries fail the run with a hint until pruned', async () => {
    const dir = copyFixture(FIXTURE);
    await lint(dir, '--baseline', 'baseline.json', '--update-baseline');
    const file = join(dir, 'scripts/pins.sh');
    writeFileSync(file, readFileSync(file, 'utf8').replace('/v1.42/', '/v1.41/'));

    const stale = await lint(dir, '--baseline', 'baseline.json');
    expect(stale.code).toBe(1);
    expect(JSON.parse(stale.stdout)).toMatchObject({
      findings: [],
      baseline: {
        hidden: 3,
        stale: [
          {
            rule: 'api-version-unsupported',
            file: 'scripts/pins.sh',
            element: 'GET /containers/json',
            count: 1,
          },
        ],
      },
    });
    expect(stale.stderr).toContain(
      '  fixed: api-version-unsupported scripts/pins.sh GET /containers/json (1)',
    );
    expect(stale.stderr).toContain('run with --prune-baseline to drop them from the baseline');

    const pruned = await lint(dir, '--baseline', 'baseline.json', '--prune-baseline');
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain('pruned 1 fixed entry from baseline baseline.json');
    expect(entriesOf(dir)).toEqual(ALL_ENTRIES.slice(1));

    const after = await lint(dir, '--baseline', 'baseline.json');
    expect(after.code).toBe(0);
  });

  test('the config names the baseline, relative to the config file', async () => {
    const dir = copyFixture(FIXTURE);
    // The config search stops at the repository root: make the copy one, so scripts/ finds it.
    mkdirSync(join(dir, '.git'));
    const config = join(dir, 'docker-api-compat.config.json');
    writeFileSync(
      config,
      JSON.stringify({ ...JSON.parse(readFileSync(config, 'utf8')), baseline: 'baseline.json' }),
    );
    await lint(dir, '--update-baseline');
    const result = await lint(join(dir, 'scripts'), 'pins.sh');
    expect(result.stderr).toContain('baseline ../baseline.json hid 1 finding');
  });

  test.each([
    [
      ['--baseline', 'missing.json'],
      /baseline .*missing\.json cannot be read \(create it with --update-baseline\)/,
    ],
    [['--update-baseline', '--prune-baseline', '--baseline', 'b.json'], /mutually exclusive/],
  ])('%j exits 2', async (args, message) => {
    const result = await lint(copyFixture(FIXTURE), ...args);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(message);
  });
});
