import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

describe('since', () => {
  test('--json prints the facts of one element', async () => {
    const result = await runCli(['since', 'POST /containers/create query:platform', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      key: 'POST /containers/create query:platform',
      method: 'POST',
      path: '/containers/create',
      in: 'query',
      name: 'platform',
      since: '1.41',
      deprecated: null,
      removed: null,
    });
  });

  test('text names the versions', async () => {
    const result = await runCli(['since', 'GET /info response:NRI']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^GET \/info response:NRI\n\s+since:\s+1\.53\n/);
  });

  test.each([
    ['POST /containers/create query:platfrm', /did you mean "POST \/containers\/create query:platform"/],
    ['GET /containers/{id}/jsn', /did you mean "GET \/containers\/\{id\}\/json"/],
    ['not a key', /is not an element key/],
  ])('%s exits 2 with a hint', async (key, message) => {
    const result = await runCli(['since', key]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
