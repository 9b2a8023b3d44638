import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDaemonHost } from '../../src/daemon/host.ts';
import { daemonRequest } from '../../src/daemon/request.ts';
import { type ElementFacts, listElements } from '../../src/data/index.ts';
import { compareApiVersions } from '../../src/versions/api-version.ts';
import { dockerdForSuite } from './dockerd.ts';
import { overriddenKeys, routeRequest } from './route-requests.ts';
import { errorMessage, existsAt, type RouteVerdict, routeVerdict } from './route-verdict.ts';

// The API version the test daemon serves (Debian's docker.io, Docker 20.10.24).
const VERSION = '1.41';
const REQUEST_TIMEOUT_MS = 3000;

interface RouteException {
  readonly key: string;
  /** What the daemon does, against what the data predicts. */
  readonly engine: RouteVerdict;
  readonly reason: string;
}

const exceptions: readonly RouteException[] = (
  JSON.parse(readFileSync(new URL('./route-exceptions.json', import.meta.url), 'utf8')) as {
    exceptions: RouteException[];
  }
).exceptions;
const exceptionOf = new Map(exceptions.map((entry) => [entry.key, entry]));
const operations = listElements({ in: 'operation' });
const operationKeys = new Set(operations.map((operation) => operation.key));

/** Which rule of the data an operation falls under at VERSION. */
function category(operation: ElementFacts): 'present' | 'newer' | 'removed' {
  if (existsAt(operation, VERSION)) return 'present';
  return compareApiVersions(operation.since, VERSION) > 0 ? 'newer' : 'removed';
}

test.each([
  ['route-exceptions.json', exceptions.map((entry) => entry.key)],
  ['route-requests.ts overrides', overriddenKeys],
])('every operation named in %s is in the data', (_file, keys) => {
  expect(keys.filter((key) => !operationKeys.has(key))).toEqual([]);
});

test.each(exceptions)('exception $key has a verdict and a reason', (entry) => {
  expect(['routed', 'not-routed']).toContain(entry.engine);
  expect(entry.reason.trim()).not.toBe('');
});

const live = await dockerdForSuite();

describe.skipIf(!live.ok)(`a live daemon routes what the data says exists at API ${VERSION}`, () => {
  const endpoint = parseDaemonHost(live.ok ? live.daemon.host : undefined);
  const counts = { routed: 0, 'not-routed': 0, excepted: 0 };
  const byCategory = new Map<string, number>();

  afterAll(async () => {
    if (live.ok) await live.daemon.stop();
    const categories = [...byCategory].map(([name, count]) => `${name} ${count}`).join(', ');
    console.log(
      `route conformance at API ${VERSION}: ${operations.length} operations (${categories}): ` +
        `routed ${counts.routed}, not routed ${counts['not-routed']}, excepted ${counts.excepted}`,
    );
  });

  // present: must be routed; newer (first seen after VERSION) and removed: must not be.
  test.each(operations.map((operation) => ({ key: operation.key, operation })))(
    '$key',
    async ({ operation }) => {
      const response = await daemonRequest(endpoint, routeRequest(operation, VERSION, REQUEST_TIMEOUT_MS));
      const verdict = routeVerdict(response);
      const kind = category(operation);
      byCategory.set(kind, (byCategory.get(kind) ?? 0) + 1);
      const exception = exceptionOf.get(operation.key);
      const expected = exception?.engine ?? (kind === 'present' ? 'routed' : 'not-routed');
      if (exception) counts.excepted += 1;
      else counts[verdict] += 1;
      const answer = `${response.status} ${errorMessage(response.body) ?? ''}`.trim();
      expect(verdict, `${operation.key} (since ${operation.since}) answered ${answer}`).toBe(expected);
    },
  );
});
