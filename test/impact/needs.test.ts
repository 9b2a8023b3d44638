import { describe, expect, test } from 'vitest';
import type { CodeUsage } from '../../src/impact/code-usage.ts';
import { computeNeeds, daemonVerdict } from '../../src/impact/needs.ts';
import { pinSetting, request } from './usages.ts';

interface Row {
  name: string;
  usages: CodeUsage[];
  api: string;
  oldest: string | null;
  newest: string | null;
  because: [line: number, element: string, requires: string][];
  servedBy?: { from: string; to: string }[];
}

const rows: Row[] = [
  {
    name: 'an unpinned element sets the version; nothing removes it',
    usages: [request(3, 'POST /containers/create', { body: ['Image', 'HostConfig.CgroupnsMode'] })],
    api: '1.41',
    oldest: '20.10.0',
    newest: null,
    because: [[3, 'POST /containers/create body:HostConfig.CgroupnsMode', '1.41']],
  },
  {
    name: 'a /v1.41/ pin is refused by 29.0–29.2 by default, served again from 29.3',
    usages: [request(7, 'GET /v1.41/_ping')],
    api: '1.41',
    oldest: '20.10.0',
    newest: '28.5.2',
    because: [[7, 'GET /_ping', '1.41']],
    servedBy: [
      { from: '20.10.0', to: '28.5.2' },
      { from: '29.3.0', to: '29.7.2' },
    ],
  },
  {
    name: 'a pin setting counts like a path pin',
    usages: [pinSetting(2, '1.43')],
    api: '1.43',
    oldest: '24.0.0',
    newest: '28.5.2',
    because: [[2, 'DOCKER_API_VERSION', '1.43']],
  },
  {
    name: 'a real removal ends the run: keep-storage (1.39, removed 1.52)',
    usages: [request(4, 'POST /build/prune', { query: ['keep-storage'] })],
    api: '1.39',
    oldest: '18.09.0',
    newest: '28.5.2',
    because: [[4, 'POST /build/prune query:keep-storage', '1.39']],
    servedBy: [{ from: '18.09.0', to: '28.5.2' }],
  },
  {
    // Documented 1.36; the daemon took it from 1.21 (effective: 1.24 or earlier) until 1.42.
    name: 'KernelMemory (effective 1.24 or earlier, removed 1.42) is served up to the last 20.10',
    usages: [request(5, 'POST /containers/create', { body: ['HostConfig.KernelMemory'] })],
    api: '1.24',
    oldest: '1.12.0',
    newest: '20.10.27',
    because: [],
  },
  {
    name: 'HostConfig.Init needs its effective 1.25, not the documented 1.37',
    usages: [request(5, 'POST /containers/create', { body: ['HostConfig.Init'] })],
    api: '1.25',
    oldest: '1.13.0',
    newest: null,
    because: [[5, 'POST /containers/create body:HostConfig.Init', '1.25']],
  },
  {
    name: 'an unknown method takes the candidate that asks least (GET, not PUT 1.42)',
    usages: [request(9, '/volumes/data')],
    api: '1.24',
    oldest: '1.12.0',
    newest: null,
    because: [],
  },
  {
    name: 'the same path with its method stated',
    usages: [request(9, 'PUT /volumes/data')],
    api: '1.42',
    oldest: '23.0.0',
    newest: null,
    because: [[9, 'PUT /volumes/{name}', '1.42']],
  },
  {
    name: 'an element above the pin wins, and the most demanding comes first',
    usages: [
      request(1, 'GET /v1.40/containers/json'),
      request(2, 'POST /v1.41/containers/create', {
        body: ['HostConfig.Mounts[].BindOptions.CreateMountpoint'],
      }),
    ],
    api: '1.42',
    oldest: '23.0.0',
    newest: '28.5.2',
    because: [
      [2, 'POST /containers/create body:HostConfig.Mounts[].BindOptions.CreateMountpoint', '1.42'],
      [1, 'GET /containers/json', '1.40'],
    ],
  },
];

describe('computeNeeds', () => {
  test.each(rows)('$name', (row) => {
    const report = computeNeeds(row.usages);
    expect(report.api).toBe(row.api);
    expect(report.docker).toEqual({ oldest: row.oldest, newest: row.newest });
    expect(report.because.map((reason) => [reason.line, reason.element, reason.requires])).toEqual(
      row.because,
    );
    if (row.servedBy) expect(report.servedBy).toEqual(row.servedBy);
  });

  test('the pin is named as the reason when it asks more than the elements', () => {
    const [reason] = computeNeeds([request(1, 'POST /v1.43/containers/create', { body: ['Image'] })]).because;
    expect(reason).toMatchObject({ element: 'POST /containers/create', requires: '1.43', via: 'pin' });
  });

  test('nothing served at all: oldest is null', () => {
    // No release serves a 1.23 pin and an element newer than 1.43 by default.
    const report = computeNeeds([
      request(1, 'GET /v1.23/_ping'),
      request(2, 'POST /containers/create', {
        body: ['HostConfig.Mounts[].BindOptions.ReadOnlyNonRecursive'],
      }),
    ]);
    expect(report.docker.oldest).toBeNull();
    expect(report.servedBy).toEqual([]);
  });
});

describe('daemonVerdict', () => {
  const usages = [
    request(7, 'GET /v1.41/_ping'),
    request(3, 'POST /containers/create', { body: ['HostConfig.CgroupnsMode'] }),
  ];

  test.each([
    ['a Docker 29.0 daemon refuses the /v1.41/ pin', { maxApi: '1.52', minApi: '1.44' }, [7]],
    ['a Docker 29.3 daemon serves everything', { maxApi: '1.54', minApi: '1.40' }, []],
    ['a Docker 19.03 daemon lacks CgroupnsMode and 1.41', { maxApi: '1.40', minApi: '1.12' }, [7, 3]],
  ])('%s', (_name, range, lines) => {
    const verdict = daemonVerdict(usages, { from: '--daemon test', ...range });
    expect(verdict.serves).toBe(lines.length === 0);
    expect(verdict.unserved.map((usage) => usage.line)).toEqual(lines);
  });
});

describe('computeNeeds on many usages', () => {
  test('100k repeats of a few requests cost what the few cost', () => {
    const few = [request(1, 'GET /v1.44/info'), request(2, 'POST /containers/create', { body: ['Image'] })];
    const usages = Array.from({ length: 100_000 }, (_, index) => ({
      ...(few[index % 2] as CodeUsage),
      line: index + 1,
    }));
    const started = performance.now();
    const report = computeNeeds(usages);
    // Every release against every usage took 15 s; against each distinct usage, well under a second.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(report.api).toBe('1.44');
    expect(report.because).toHaveLength(50_000);
  });
});
