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
      documented: {
        since: '1.41',
        deprecated: null,
        removed: null,
        sources: ['api/docs/v1.41.yaml@b985e2313a8676e18072b442911fc8f64f17d440'],
      },
    });
  });

  // DESIGN.md "Element facts: documented and effective"; issue 16's example.
  test('documented late: both layers, each cited', async () => {
    const key = 'POST /containers/create body:HostConfig.Init';
    const json = JSON.parse((await runCli(['since', key, '--json'])).stdout);
    expect(json).toMatchObject({
      since: '1.37',
      documented: {
        since: '1.37',
        sources: ['api/docs/v1.37.yaml@b985e2313a8676e18072b442911fc8f64f17d440'],
      },
      effective: {
        since: '1.25',
        removed: null,
        sources: [
          expect.stringMatching(/^api\/docs\/CHANGELOG\.md:\d+@b985e2313a8676e18072b442911fc8f64f17d440$/),
        ],
      },
    });
    const text = (await runCli(['since', key])).stdout;
    expect(text).toMatch(
      /documented: since 1\.37, deprecated -, removed -\n\s+api\/docs\/v1\.37\.yaml@b985e231/,
    );
    expect(text).toMatch(
      /effective: {2}since 1\.25, deprecated -, removed -\n\s+api\/docs\/CHANGELOG\.md:\d+@b985e231/,
    );
  });

  test('behaviour facts are listed with their kind and source', async () => {
    const text = (await runCli(['since', 'POST /containers/create body:HostConfig.IpcMode'])).stdout;
    expect(text).toMatch(
      /1\.40\s+default-changed\s+api\/server\/router\/container\/container_routes\.go:\d+@89c5e8fd/,
    );
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
