import { describe, expect, test } from 'vitest';
import { buildImpactReport } from '../../src/impact/build-report.ts';
import type { CodeUsage } from '../../src/impact/code-usage.ts';
import { type Side, sideOf } from '../../src/impact/side.ts';
import { pinSetting, request } from './usages.ts';

const side = (text: string, end: 'from' | 'to'): Side =>
  /^\d+\.\d+$/.test(text) && text.startsWith('1.')
    ? sideOf(text, undefined, end)
    : sideOf(undefined, text, end);

function items(from: string, to: string, usages: CodeUsage[]) {
  const report = buildImpactReport({
    from: side(from, 'from'),
    to: side(to, 'to'),
    code: { files: 1, usages },
  });
  return report.code?.items ?? [];
}

const keepStorage = request(4, 'POST /build/prune', { query: ['keep-storage'] });
const reservedSpace = request(5, 'POST /build/prune', { query: ['reserved-space'] });
const kernelMemory = request(6, 'POST /containers/create', { body: ['HostConfig.KernelMemory'] });
const mounts = request(7, 'POST /containers/create', { body: ['HostConfig.Mounts[].Type'] });
const connect = request(8, 'POST /networks/{}/connect', { body: ['Container'] });
const imageGet = request(9, 'GET /images/get', { query: ['platform'] });

// [from, to, usage, expected items (kind first, then what the item says)]
const rows: [string, string, CodeUsage, Record<string, unknown>[]][] = [
  // A real deprecation, then the real removal of the same element.
  [
    '1.47',
    '1.49',
    keepStorage,
    [{ kind: 'deprecated', element: 'POST /build/prune query:keep-storage', version: '1.48' }],
  ],
  [
    '1.47',
    '1.52',
    keepStorage,
    [{ kind: 'removed', element: 'POST /build/prune query:keep-storage', version: '1.52' }],
  ],
  ['1.40', '1.41', kernelMemory, [{ kind: 'deprecated', version: '1.41' }]],
  [
    '1.40',
    '1.42',
    kernelMemory,
    [
      { kind: 'removed', element: 'POST /containers/create body:HostConfig.KernelMemory', version: '1.42' },
      // The operation itself: a change the changelog calls unversioned, noted at 1.42.
      {
        kind: 'behaviour',
        element: 'POST /containers/create',
        version: '1.42',
        fact: 'unversioned-change',
        source: expect.stringMatching(/^api\/docs\/CHANGELOG.md:507@/),
      },
    ],
  ],
  // Needs more than `from`, available at `to`; and the same moving down.
  [
    '1.47',
    '1.48',
    reservedSpace,
    [{ kind: 'available', element: 'POST /build/prune query:reserved-space', version: '1.48' }],
  ],
  ['1.48', '1.47', reservedSpace, [{ kind: 'unavailable', version: '1.48' }]],
  ['1.52', '1.51', keepStorage, [{ kind: 'available', version: '1.39' }]],
  // Shape changes: required-ness and type, both directions.
  [
    '1.51',
    '1.52',
    connect,
    [
      {
        kind: 'changed',
        element: 'POST /networks/{id}/connect body:Container',
        version: '1.52',
        field: 'required',
        before: false,
        after: true,
      },
    ],
  ],
  [
    '1.52',
    '1.51',
    connect,
    [{ kind: 'changed', version: '1.52', field: 'required', before: true, after: false }],
  ],
  [
    '1.51',
    '1.52',
    imageGet,
    [
      {
        kind: 'changed',
        element: 'GET /images/get query:platform',
        field: 'type',
        before: 'string',
        after: 'array',
      },
      {
        kind: 'changed',
        element: 'GET /images/get query:platform',
        field: 'items',
        before: null,
        after: 'string',
      },
    ],
  ],
  // Enum sets: Mounts[].Type gains `cluster` in 1.42 and `image` in 1.48; going down loses them.
  [
    '1.41',
    '1.42',
    mounts,
    [
      {
        kind: 'enum-changed',
        element: 'POST /containers/create body:HostConfig.Mounts[].Type',
        version: '1.42',
        added: ['cluster'],
        removed: [],
      },
      {
        kind: 'behaviour',
        element: 'POST /containers/create',
        version: '1.42',
        fact: 'unversioned-change',
        source: expect.stringMatching(/^api\/docs\/CHANGELOG.md:507@/),
      },
    ],
  ],
  [
    '1.49',
    '1.41',
    mounts,
    [
      { kind: 'enum-changed', version: '1.48', added: [], removed: ['image'] },
      { kind: 'enum-changed', version: '1.42', added: [], removed: ['cluster'] },
      // Behaviour facts newest first going down.
      {
        kind: 'behaviour',
        element: 'POST /containers/create',
        version: '1.44',
        fact: 'unversioned-change',
        source: expect.stringMatching(/^api\/docs\/CHANGELOG.md:397@/),
      },
      {
        kind: 'behaviour',
        element: 'POST /containers/create',
        version: '1.42',
        fact: 'unversioned-change',
        source: expect.stringMatching(/^api\/docs\/CHANGELOG.md:507@/),
      },
    ],
  ],
  // Pins: Docker 29.0 refuses /v1.41/ by default, 29.3 serves it again.
  [
    '28.5',
    '29.0',
    request(3, 'GET /v1.41/_ping'),
    [{ kind: 'pin-refused', element: 'GET /_ping', version: '1.41', problem: 'below-min', limit: '1.44' }],
  ],
  ['28.5', '29.3', request(3, 'GET /v1.41/_ping'), []],
  [
    '1.41',
    '1.44',
    request(3, 'GET /v1.48/info'),
    [{ kind: 'pin-refused', version: '1.48', problem: 'above-max', limit: '1.44' }],
  ],
  [
    '1.41',
    '1.44',
    pinSetting(2, '1.43'),
    [{ kind: 'pin-accepted', element: 'DOCKER_API_VERSION', version: '1.43' }],
  ],
  // A pinned request keeps its pin's semantics: the removal does not touch it.
  ['1.40', '1.44', request(6, 'POST /v1.40/containers/create', { body: ['HostConfig.KernelMemory'] }), []],
  // Behaviour facts of the effective layer, cited: a default changed, a field honoured.
  [
    '1.39',
    '1.40',
    request(10, 'POST /containers/{id}/update', { body: ['PidsLimit'] }),
    [
      {
        kind: 'behaviour',
        element: 'POST /containers/{id}/update body:PidsLimit',
        version: '1.40',
        fact: 'honoured-since',
        source: expect.stringMatching(/^api\/server\/router\/container\/container_routes.go:\d+@89c5e8fd/),
      },
    ],
  ],
  // Nothing changes when the element is untouched between the versions.
  ['1.41', '1.44', request(1, 'GET /containers/json', { query: ['all'] }), []],
];

describe('section one: what changes for the code', () => {
  test.each(rows)('%s → %s', (from, to, usage, expected) => {
    const found = items(from, to, [usage]);
    expect(found).toHaveLength(expected.length);
    for (const [index, item] of expected.entries()) expect(found[index]).toMatchObject(item);
  });

  test('items name file, line and element, and break-first kinds come first', () => {
    const found = items('1.41', '1.52', [reservedSpace, keepStorage, request(3, 'GET /v1.41/_ping')]);
    expect(found.map((item) => [item.kind, item.file, item.line])).toEqual([
      ['pin-refused', 'app.sh', 3],
      ['removed', 'app.sh', 4],
      ['available', 'app.sh', 5],
    ]);
  });

  test('a deprecation followed by removal in the span is one removed item', () => {
    expect(items('1.41', '1.55', [keepStorage]).map((item) => item.kind)).toEqual(['removed']);
  });
});
