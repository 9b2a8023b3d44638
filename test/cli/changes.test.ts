import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

describe('changes', () => {
  test('json lists additions by version', async () => {
    const result = await runCli(['changes', '--from', '1.40', '--to', '1.41', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      from: string;
      to: string;
      versions: { version: string; added: { key: string }[] }[];
    };
    expect(report.from).toBe('1.40');
    expect(report.versions.map((step) => step.version)).toEqual(['1.41']);
    expect(report.versions[0]?.added.map((facts) => facts.key)).toContain(
      'POST /containers/create query:platform',
    );
  });

  test('markdown groups by version, then endpoint', async () => {
    const result = await runCli(['changes', '--from', '1.52', '--to', '1.55', '--format', 'markdown']);
    expect(result.code).toBe(0);
    const headings = result.stdout.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toContain('## API 1.53');
    expect(headings).toContain('### `GET /info`');
    expect(headings.indexOf('## API 1.53')).toBeLessThan(headings.indexOf('## API 1.55'));
    expect(result.stdout).toContain('- added endpoint');
  });

  test('text is the default', async () => {
    const result = await runCli(['changes', '--from', '1.54', '--to', '1.55']);
    expect(result.stdout).toMatch(/^API 1\.54 → 1\.55\n\nAPI 1\.55\n/);
    expect(result.stdout).toContain('+ GET /images/{name}/attestations');
  });

  test.each([
    [['changes', '--from', '1.12', '--to', '1.41'], /data covers: 1\.24 to 1\.56 \(1\.56 unreleased\)/],
    [['changes', '--from', '1.41', '--to', '1.99'], /data covers/],
    [['changes', '--from', '1.44', '--to', '1.41'], /newer than/],
    [['changes', '--from', 'x', '--to', '1.41'], /not an API version/],
    [['changes', '--from', '1.40'], /to/],
  ])('%j exits 2: %s', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
