import { describe, expect, test } from 'vitest';
import type { ElementHistory } from '../../src/data/history-types.ts';
import { computeHistories } from '../../src/diff/history.ts';
import { spec } from './fixtures.ts';

const specs = [
  spec('1.24', ['GET /images/{id}/json', 'GET /images/{id}/json path:id', 'GET /old', 'GET /gone']),
  spec('1.25', [
    'GET /images/{id}/json',
    'GET /images/{id}/json path:id',
    ['GET /images/{id}/json query:size', { type: 'boolean' }],
    ['GET /old', { type: 'string', required: true }],
  ]),
  spec('1.26', [
    'GET /images/{name}/json',
    'GET /images/{name}/json path:name',
    ['GET /images/{name}/json query:size', { type: 'integer', deprecated: true }],
    'GET /gone',
  ]),
  spec('1.27', [
    'GET /images/{name}/json',
    'GET /images/{name}/json path:name',
    ['GET /images/{name}/json query:size', { type: 'integer', default: '0', deprecated: true }],
    'GET /images/{name}/json query:mode',
    'GET /images/{name}/json query:mode=fast',
    'GET /gone',
  ]),
];

const byKey = new Map(computeHistories(specs).map((history) => [history.key, history]));

function facts(key: string): Omit<ElementHistory, 'changes'> | undefined {
  const history = byKey.get(key);
  if (!history) return undefined;
  const { changes: _changes, ...rest } = history;
  return rest;
}

describe('computeHistories', () => {
  test.each([
    ['GET /images/{name}/json', 'operation', '1.24', null, null],
    ['GET /images/{name}/json path:name', 'path', '1.24', null, null],
    ['GET /images/{name}/json query:size', 'query', '1.25', '1.26', null],
    ['GET /images/{name}/json query:mode=fast', 'query', '1.27', null, null],
    ['GET /old', 'operation', '1.24', null, '1.26'],
  ])('%s: in %s, since %s, deprecated %s, removed %s', (key, location, since, deprecated, removed) => {
    expect(facts(key)).toMatchObject({ key, in: location, since, deprecated, removed });
  });

  test('renamed path parameters merge under the newest names', () => {
    expect(byKey.has('GET /images/{id}/json')).toBe(false);
    expect(byKey.has('GET /images/{id}/json path:id')).toBe(false);
    expect(facts('GET /images/{name}/json path:name')).toMatchObject({
      name: 'name',
      since: '1.24',
      removed: null,
    });
  });

  test('re-added elements keep every span', () => {
    expect(facts('GET /gone')).toEqual({
      key: 'GET /gone',
      method: 'GET',
      path: '/gone',
      in: 'operation',
      since: '1.24',
      deprecated: null,
      removed: null,
      history: [
        { since: '1.24', removed: '1.25' },
        { since: '1.26', removed: null },
      ],
    });
  });

  test('enum values carry name and value', () => {
    expect(facts('GET /images/{name}/json query:mode=fast')).toMatchObject({ name: 'mode', value: 'fast' });
  });

  test('shape changes are listed per version and facet', () => {
    expect(byKey.get('GET /images/{name}/json query:size')?.changes).toEqual([
      { version: '1.26', field: 'type', from: 'boolean', to: 'integer' },
      { version: '1.27', field: 'default', from: null, to: '0' },
    ]);
  });

  test('a version that states no shapes (1.24) is no baseline for changes', () => {
    expect(byKey.get('GET /old')?.changes).toEqual([]);
  });

  test('keys come out sorted', () => {
    const keys = [...byKey.keys()];
    expect(keys).toEqual([...keys].sort());
  });
});
