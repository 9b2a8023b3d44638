import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const FIXTURES = 'test/fixtures/impact/needs';

interface NeedsJson {
  api: string;
  docker: { oldest: string | null; newest: string | null };
  because: { file: string; line: number; element: string; requires: string }[];
}

describe('needs', () => {
  test.each([
    ['unpinned', { api: '1.41', docker: { oldest: '20.10.0', newest: null } }],
    ['pinned', { api: '1.41', docker: { oldest: '20.10.0', newest: '28.5.2' } }],
    ['removed', { api: '1.39', docker: { oldest: '18.09.0', newest: '28.5.2' } }],
    ['none', { api: '1.24', docker: { oldest: '1.12.0', newest: null }, because: [] }],
  ])('--json on %s', async (fixture, expected) => {
    const result = await runCli(['needs', `${FIXTURES}/${fixture}`, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(expected);
  });

  test('--json has exactly the documented members, most demanding usage first', async () => {
    const result = await runCli(['needs', `${FIXTURES}/pinned`, '--json']);
    const report = JSON.parse(result.stdout) as NeedsJson;
    expect(Object.keys(report)).toEqual(['api', 'docker', 'because', 'roles', 'apart']);
    expect(report.because).toEqual([
      {
        file: `${FIXTURES}/pinned/run.sh`,
        line: 4,
        element: 'POST /containers/create body:HostConfig.CgroupnsMode',
        requires: '1.41',
      },
      { file: `${FIXTURES}/pinned/run.sh`, line: 5, element: 'GET /containers/json', requires: '1.40' },
    ]);
  });

  test('text names the answer, the releases and the gap after the pin is refused', async () => {
    const result = await runCli(['needs', `${FIXTURES}/pinned`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^needs API 1\.41\n {2}oldest Docker: 20\.10\.0\n {2}newest Docker: 28\.5\.2\n/,
    );
    expect(result.stdout).toContain('served again: 29.3.0 … 29.7.2');
    expect(result.stdout).toContain('GET /containers/json (pinned /v1.40/)');
  });

  test('a bad --daemon address is a one-line usage error', async () => {
    const result = await runCli(['needs', `${FIXTURES}/pinned`, '--daemon', 'localhost']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
