import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { NO_STALE_WARNING_ENV, staleDataWarning } from '../../src/data/freshness.ts';
import { RULES } from '../../src/lint/rules/definitions.ts';
import { packageRoot } from '../../src/package-root.ts';
import { loadManifest } from '../../src/spec/manifest.ts';
import { withEnv } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('data freshness', () => {
  test('the data is dated by its upstream commit', () => {
    expect(loadManifest().upstream.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test.each([
    ['2026-08-23', '2026-09-01', {}, false],
    ['2026-08-23', '2027-02-22', {}, false],
    ['2026-08-23', '2027-02-24', {}, true],
    ['2026-08-23', '2028-01-01', { [NO_STALE_WARNING_ENV]: '1' }, false],
    ['2026-08-23', '2028-01-01', { [NO_STALE_WARNING_ENV]: '0' }, true],
  ])('data of %s on %s with %j: warns %s', (dataDate, today, env, warns) => {
    const warning = staleDataWarning(new Date(`${today}T12:00:00Z`), env, dataDate);
    if (warns) expect(warning).toMatch(new RegExp(`data is from ${dataDate}, more than 6 months old`));
    else expect(warning).toBeUndefined();
  });

  test('lint says it once on stderr, and the variable silences it', async () => {
    const args = ['lint', 'examples/tools', '--target', '1.48', '--format', 'json'];
    const date = loadManifest().upstream.date ?? '';
    const stale = staleDataWarning(new Date(), {}, date) !== undefined;
    const loud = await withEnv({ [NO_STALE_WARNING_ENV]: undefined }, () => runCli(args));
    expect(loud.stderr.split('more than 6 months old').length - 1).toBe(stale ? 1 : 0);
    const quiet = await withEnv({ [NO_STALE_WARNING_ENV]: '1' }, () => runCli(args));
    expect(quiet.stderr).not.toContain('months old');
  });
});

test.each([...RULES.keys()])('rule %s has a docs page', (id) => {
  expect(existsSync(`${packageRoot}docs/rules/${id}.md`)).toBe(true);
});
