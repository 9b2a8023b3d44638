import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildReleasesJson } from '../../src/matrix/build-releases.ts';
import { dataDir, packageRoot } from '../../src/package-root.ts';

const table = `${packageRoot}../shared/data/docker-releases.tsv`;
const reachable = existsSync(table);

describe.skipIf(!reachable)('data/docker-releases.json (release table reachable)', () => {
  test('equals what the release table produces', () => {
    const committed = readFileSync(`${dataDir}docker-releases.json`, 'utf8');
    expect(buildReleasesJson(readFileSync(table, 'utf8'))).toBe(committed);
  });

  test('holds every release of the table', () => {
    const rows = readFileSync(table, 'utf8').trim().split('\n').length - 1;
    const data = JSON.parse(readFileSync(`${dataDir}docker-releases.json`, 'utf8')) as {
      releases: unknown[];
    };
    expect(data.releases).toHaveLength(rows);
  });
});

if (!reachable) console.warn(`data/docker-releases.json equality skipped: ${table} is not reachable`);

test('a malformed table is rejected', () => {
  expect(() => buildReleasesJson('docker\tmax\n')).toThrow(/header/);
  expect(() =>
    buildReleasesJson('docker_version\tmax_api_version\tdefault_min_api_version\n27.1.0\t1.46\n'),
  ).toThrow(/three columns/);
  expect(() =>
    buildReleasesJson('docker_version\tmax_api_version\tdefault_min_api_version\n27.1.0\t1.20\t1.24\n'),
  ).toThrow(/above maximum/);
});
