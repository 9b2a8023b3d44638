import { describe, expect, test } from 'vitest';
import { dataVersions } from '../../src/data/api-versions.ts';
import { suggestKeys } from '../../src/data/did-you-mean.ts';
import { getElement, listElements } from '../../src/data/elements.ts';

// Facts checked by hand against the upstream specs and against the
// upstream API version history (docs/api/version-history.md in moby/moby).
describe('real element facts', () => {
  test.each([
    ['GET /images/{name}/attestations', '1.55', null, null],
    ['POST /containers/create query:platform', '1.41', null, null],
    ['GET /info response:NRI', '1.53', null, null],
    ['POST /containers/create', '1.24', null, null],
    ['GET /containers/{id}/stats query:one-shot', '1.41', null, null],
    ['GET /system/df query:type', '1.42', null, null],
    ['PUT /volumes/{name}', '1.42', null, null],
    ['HEAD /_ping', '1.40', null, null],
    // deprecated
    ['POST /session', '1.31', '1.53', null],
    ['GET /images/search response:[].is_automated', '1.25', '1.44', null],
    // deprecated, then removed
    ['GET /images/json response:[].VirtualSize', '1.24', '1.43', '1.44'],
    ['POST /build/prune query:keep-storage', '1.39', '1.48', '1.52'],
    // removed (the specs' facts; the effective layer differs, see below)
    ['GET /images/json query:filter', '1.24', null, '1.25'],
    ['GET /system/df response:BuildCache[].Parent', '1.39', null, '1.42'],
    ['GET /plugins/{name}', '1.24', null, '1.25'],
  ])('%s: since %s, deprecated %s, removed %s', (key, since, deprecated, removed) => {
    expect(getElement(key)).toMatchObject({ key, since, deprecated, removed });
  });

  test('an element missing from some specs keeps its spans', () => {
    expect(getElement('DELETE /containers/{id} query:link')?.history).toEqual([
      { since: '1.24', removed: '1.25' },
      { since: '1.27', removed: null },
    ]);
  });

  test('the effective layer closes documentation gaps, cited', () => {
    const kernelMemory = getElement('POST /containers/create body:HostConfig.KernelMemory');
    // Documented: what the definitions show, gap in 1.38 and 1.39 included.
    expect(kernelMemory).toMatchObject({ since: '1.36', deprecated: '1.41', removed: '1.42' });
    expect(kernelMemory?.history).toEqual([
      { since: '1.36', removed: '1.38' },
      { since: '1.40', removed: '1.42' },
    ]);
    // Effective: taken since 1.21 (1.24 or earlier here), removed in 1.42.
    expect(kernelMemory?.effective).toMatchObject({ since: '1.24', removed: '1.42' });
    expect(kernelMemory?.facts).toEqual([
      { kind: 'ignored-since', version: '1.42', source: expect.stringMatching(/container_routes\.go:\d+@/) },
    ]);
    expect(getElement('GET /images/json query:filter')?.effective).toMatchObject({
      since: '1.24',
      deprecated: '1.25',
      removed: '1.41',
    });
  });

  test('enum values are elements of their own', () => {
    expect(getElement('POST /containers/create body:HostConfig.CgroupnsMode=private')).toMatchObject({
      in: 'body',
      name: 'HostConfig.CgroupnsMode',
      value: 'private',
      since: '1.41',
    });
  });

  test('other names for path parameters find the canonical element', () => {
    expect(getElement('GET /containers/{name}/json')?.key).toBe('GET /containers/{id}/json');
  });

  test('unknown keys give undefined and near suggestions', () => {
    expect(getElement('POST /containers/create query:platfrm')).toBeUndefined();
    expect(suggestKeys('POST /containers/create query:platfrm')[0]).toBe(
      'POST /containers/create query:platform',
    );
    expect(suggestKeys('GET /containers/{id}/jsn')[0]).toBe('GET /containers/{id}/json');
  });

  test('1.56 is included and marked unreleased', () => {
    const { versions, unreleased } = dataVersions();
    expect(versions[0]).toBe('1.24');
    expect(versions.at(-1)).toBe('1.56');
    expect(unreleased).toEqual(['1.56']);
  });
});

describe('listElements filters', () => {
  test('by location, method and path glob', () => {
    const list = listElements({ in: 'query', method: 'post', path: '/containers/*' });
    expect(list.length).toBeGreaterThan(0);
    for (const facts of list) {
      expect(facts).toMatchObject({ in: 'query', method: 'POST' });
      expect(facts.path).toMatch(/^\/containers\/[^/]+$/);
    }
  });

  test('by since range', () => {
    const list = listElements({ since: '>=1.55', in: 'operation' });
    expect(list.map((facts) => facts.key)).toContain('GET /images/{name}/attestations');
    expect(list.every((facts) => facts.since === '1.55' || facts.since === '1.56')).toBe(true);
  });

  test('removed and deprecated', () => {
    expect(listElements({ removed: true }).every((facts) => facts.removed !== null)).toBe(true);
    expect(listElements({ deprecated: true }).every((facts) => facts.deprecated !== null)).toBe(true);
    expect(listElements({ removed: true }).length).toBeGreaterThan(0);
  });

  test('keys are unique and sorted', () => {
    const keys = listElements().map((facts) => facts.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
