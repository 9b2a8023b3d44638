import { describe, expect, test } from 'vitest';
import { resolveRequest } from '../../src/data/resolve.ts';

const keys = (list: readonly { key: string }[]): string[] => list.map((facts) => facts.key);

describe('resolveRequest', () => {
  test('a pinned GET with a query string', () => {
    const result = resolveRequest({ method: 'GET', path: '/v1.41/containers/3f2a/json?size=1' });
    expect(result.pinned).toBe('1.41');
    expect(keys(result.operations)).toEqual(['GET /containers/{id}/json']);
    expect(keys(result.elements)).toEqual([
      'GET /containers/{id}/json path:id',
      'GET /containers/{id}/json query:size',
    ]);
    expect(result.unknown).toEqual([]);
  });

  test('a request line as one string', () => {
    expect(resolveRequest('GET /v1.41/containers/3f2a/json?size=1')).toEqual(
      resolveRequest({ method: 'GET', path: '/v1.41/containers/3f2a/json?size=1' }),
    );
  });

  test.each([
    ['POST', '/containers/create', 'POST /containers/create'],
    ['GET', '/containers/json', 'GET /containers/json'],
    ['GET', '/images/library/ubuntu:22.04/json', 'GET /images/{name}/json'],
    ['get', 'http://localhost:2375/v1.44/info', 'GET /info'],
  ])('%s %s is %s (literal segments beat parameters)', (method, path, operation) => {
    expect(keys(resolveRequest({ method, path }).operations)).toEqual([operation]);
  });

  test('without a method, every fitting operation is a candidate', () => {
    const result = resolveRequest({ path: '/containers/3f2a/json' });
    expect(keys(result.operations)).toEqual(['GET /containers/{id}/json']);
    expect(keys(resolveRequest({ path: '/containers/create' }).operations)).toEqual([
      'POST /containers/create',
    ]);
  });

  test('body fields, headers and enum values', () => {
    const result = resolveRequest({
      method: 'POST',
      path: '/containers/create',
      query: ['platform'],
      body: ['HostConfig.CgroupnsMode=private', 'Labels.com.example.team', 'HostConfig.NoSuchThing'],
    });
    expect(keys(result.elements)).toEqual(
      expect.arrayContaining([
        'POST /containers/create query:platform',
        'POST /containers/create body:HostConfig.CgroupnsMode',
        'POST /containers/create body:HostConfig.CgroupnsMode=private',
      ]),
    );
    expect(result.unknown).toEqual(['body:HostConfig.NoSuchThing']);
    expect(
      keys(resolveRequest({ method: 'POST', path: '/build', headers: ['x-registry-config'] }).elements),
    ).toContain('POST /build header:X-Registry-Config');
  });

  test('an unknown path is reported', () => {
    expect(resolveRequest({ method: 'GET', path: '/v1.41/nothing/here' })).toEqual({
      pinned: '1.41',
      operations: [],
      elements: [],
      unknown: ['/nothing/here'],
    });
  });
});
