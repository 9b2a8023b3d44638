import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const MEMBERS = [
  'key',
  'method',
  'path',
  'in',
  'name',
  'value',
  'since',
  'deprecated',
  'removed',
  'history',
  'effective',
  'facts',
];

describe('elements', () => {
  test('--json prints one object per line with the members of DESIGN.md, in order', async () => {
    const result = await runCli([
      'elements',
      '--json',
      '--path',
      '/containers/create',
      '--in',
      'query',
      'operation',
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const { facts, ...documented } = lines[0] ?? {};
    expect(documented).toEqual({
      key: 'POST /containers/create',
      method: 'POST',
      path: '/containers/create',
      in: 'operation',
      since: '1.24',
      deprecated: null,
      removed: null,
    });
    // Behaviour facts of the operation, each cited file:line@commit.
    expect(facts).toContainEqual({
      kind: 'unversioned-change',
      version: '1.44',
      source: expect.stringMatching(/^api\/docs\/CHANGELOG\.md:\d+@[0-9a-f]{40}$/),
    });
    expect(lines.map((line) => line.key)).toContain('POST /containers/create query:platform');
    for (const line of lines) {
      const order = Object.keys(line).map((member) => MEMBERS.indexOf(member));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(order).not.toContain(-1);
    }
  });

  test('--json adds the effective layer where the daemon differs', async () => {
    const result = await runCli(['elements', '--json', '--path', '/containers/create', '--in', 'body']);
    const init = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.key === 'POST /containers/create body:HostConfig.Init');
    expect(init).toMatchObject({
      since: '1.37',
      effective: {
        since: '1.25',
        removed: null,
        sources: [expect.stringMatching(/^api\/docs\/CHANGELOG\.md:\d+@/)],
      },
    });
  });

  test('text marks the elements the daemon serves otherwise than documented', async () => {
    const result = await runCli(['elements', '--path', '/containers/create', '--in', 'body']);
    expect(result.stdout).toMatch(/^1\.37 +- +- +POST \/containers\/create body:HostConfig\.Init \*$/m);
    expect(result.stdout).toMatch(/^1\.25 +- +- +POST \/containers\/create body:HostConfig\.AutoRemove$/m);
  });

  test('enum values carry value; re-added elements carry history', async () => {
    const result = await runCli(['elements', '--json', '--path', '/containers/create', '--in', 'body']);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        key: 'POST /containers/create body:HostConfig.CgroupnsMode=private',
        value: 'private',
      }),
    );
  });

  test.each([
    [['elements', '--since', '1.x']],
    [['elements', '--in', 'nowhere']],
    [['elements', '--removed', '>=banana']],
    [['elements', '--since', '1.99']],
    [['elements', '--deprecated', '<1.12']],
  ])('%j exits 2', async (args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--removed without a value lists removed elements', async () => {
    const result = await runCli(['elements', '--removed']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/)[2]).not.toBe('-');
  });
});
