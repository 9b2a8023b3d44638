import { afterAll, describe, expect, test } from 'vitest';
import { parseDaemonHost } from '../../src/daemon/host.ts';
import { probeDaemon } from '../../src/daemon/probe.ts';
import { daemonRequest } from '../../src/daemon/request.ts';
import { listElements } from '../../src/data/index.ts';
import { podmanReleases } from '../../src/engines/podman/releases.ts';
import type { OperationAnswer, PodmanRelease } from '../../src/engines/podman/types.ts';
import { podmanForSuite } from './podman.ts';
import { type PodmanVerdict, podmanVerdict } from './podman-verdict.ts';
import { routeRequest } from './route-requests.ts';
import { errorMessage } from './route-verdict.ts';

const REQUEST_TIMEOUT_MS = 3000;
const VERDICT_OF: Readonly<Record<OperationAnswer['answer'], PodmanVerdict>> = {
  routed: 'routed',
  refused: 'refused',
  missing: 'not-routed',
};

/** What the derived data says the release does with each operation, with and without a prefix. */
function expectations(
  release: PodmanRelease,
): Map<string, { versioned: PodmanVerdict; unversioned: PodmanVerdict }> {
  const byOp = new Map<string, { versioned: PodmanVerdict; unversioned: PodmanVerdict }>();
  const lists = { routed: release.routed, refused: release.refused, missing: release.missing };
  for (const [kind, entries] of Object.entries(lists) as [
    OperationAnswer['answer'],
    readonly { op: string }[],
  ][]) {
    for (const entry of entries)
      byOp.set(entry.op, { versioned: VERDICT_OF[kind], unversioned: VERDICT_OF[kind] });
  }
  for (const entry of release.unversioned) {
    const known = byOp.get(entry.op);
    if (known) known.unversioned = VERDICT_OF[entry.answer];
  }
  return byOp;
}

const live = await podmanForSuite();
const operations = listElements({ in: 'operation' });

describe.skipIf(!live.ok)('a live Podman routes what the derived data says', async () => {
  const host = live.ok ? live.podman.host : '';
  const endpoint = parseDaemonHost(host);
  const probe = live.ok ? await probeDaemon(host) : undefined;
  const release = podmanReleases().find((entry) => entry.version === probe?.engineVersion);
  const expected = release ? expectations(release) : new Map();
  const counts = new Map<string, number>();
  const disagreements: string[] = [];

  afterAll(async () => {
    if (live.ok) await live.podman.stop();
    const figures = [...counts].map(([key, count]) => `${key} ${count}`).join(', ');
    console.log(
      `Podman ${probe?.engineVersion} route conformance, ${operations.length} operations asked with and without a prefix: ${figures}; disagreements ${disagreements.length}${disagreements.length ? `: ${disagreements.join('; ')}` : ''}`,
    );
  });

  test('the running release is one the data has', () => {
    expect(release?.version, `Podman ${probe?.engineVersion} in data/engines/podman.json`).toBeDefined();
    expect(probe?.api).toBe(release?.api.max);
    expect(probe?.minApi).toBe(release?.api.min);
  });

  test.each(operations.map((operation) => ({ key: operation.key, operation })))(
    '$key',
    async ({ operation }) => {
      const want = expected.get(operation.key);
      expect(want, `${operation.key} in the derived data`).toBeDefined();
      if (!want || !release) return;
      const versioned = routeRequest(operation, release.api.max, REQUEST_TIMEOUT_MS);
      const asked = [
        { form: 'versioned', request: versioned, want: want.versioned },
        {
          form: 'unversioned',
          request: { ...versioned, path: versioned.path.replace(/^\/v[0-9.]+/, '') },
          want: want.unversioned,
        },
      ] as const;
      for (const { form, request, want: verdictWanted } of asked) {
        const response = await daemonRequest(endpoint, request);
        const verdict = podmanVerdict(response);
        counts.set(`${form} ${verdict}`, (counts.get(`${form} ${verdict}`) ?? 0) + 1);
        const answer = `${response.status} ${errorMessage(response.body) ?? ''}`.trim();
        if (verdict !== verdictWanted)
          disagreements.push(`${operation.key} ${form}: ${verdict}, data says ${verdictWanted} (${answer})`);
        expect(verdict, `${request.method} ${request.path} answered ${answer}`).toBe(verdictWanted);
      }
    },
  );
});
