import { describe, expect, test } from 'vitest';
import { editDistance } from '../../src/data/did-you-mean.ts';
import { formatElementKey, parseElementKey } from '../../src/data/element-key.ts';
import {
  matchScore,
  nameTokens,
  pathSegments,
  tokensMatch,
  userTokens,
} from '../../src/data/request-match.ts';
import { versionTest } from '../../src/data/version-filter.ts';

describe('element keys', () => {
  test.each([
    ['POST /containers/create', { method: 'POST', path: '/containers/create', in: 'operation' }],
    [
      'GET /containers/{id}/json path:id',
      { method: 'GET', path: '/containers/{id}/json', in: 'path', name: 'id' },
    ],
    [
      'POST /containers/create body:HostConfig.CgroupnsMode=private',
      {
        method: 'POST',
        path: '/containers/create',
        in: 'body',
        name: 'HostConfig.CgroupnsMode',
        value: 'private',
      },
    ],
    ['GET /x query:filter=a=b', { method: 'GET', path: '/x', in: 'query', name: 'filter', value: 'a=b' }],
  ])('%s parses and formats back', (key, parts) => {
    expect(parseElementKey(key)).toEqual(parts);
    expect(formatElementKey(parts as Parameters<typeof formatElementKey>[0])).toBe(key);
  });

  test.each([['POST'], ['POST containers'], ['GET /x nowhere:y'], ['']])('%j is not a key', (text) => {
    expect(parseElementKey(text)).toBeUndefined();
  });
});

describe('path templates', () => {
  const score = (template: string, path: string) => matchScore(pathSegments(template), pathSegments(path));
  test.each([
    ['/containers/create', '/containers/create', true],
    ['/containers/{id}/json', '/containers/3f2a/json', true],
    ['/images/{name}/json', '/images/library/ubuntu/json', true],
    ['/containers/{id}', '/containers/3f2a/json', false],
    ['/info', '/info/x', false],
  ])('%s fits %s: %s', (template, path, fits) => {
    expect(score(template, path) !== undefined).toBe(fits);
  });

  test('literal segments outrank parameters; fewer swallowed segments win', () => {
    expect(score('/containers/create', '/containers/create')).toBeGreaterThan(
      score('/containers/{id}', '/containers/create') ?? 0,
    );
    expect(score('/images/{name}/json', '/images/a/json')).toBeGreaterThan(
      score('/images/{name}/json', '/images/a/b/json') ?? 0,
    );
  });
});

describe('field paths', () => {
  test.each([
    ['HostConfig.Mounts[].Type', 'HostConfig.Mounts.0.Type', true],
    ['HostConfig.Mounts[].Type', 'HostConfig.Mounts[2].Type', true],
    ['NetworkingConfig.EndpointsConfig{}.Aliases', 'NetworkingConfig.EndpointsConfig.mynet.Aliases', true],
    ['[].Id', 'Id', true],
    ['HostConfig.Memory', 'HostConfig.MemorySwap', false],
  ])('%s matches %s: %s', (name, user, expected) => {
    expect(tokensMatch(nameTokens(name), userTokens(user))).toBe(expected);
  });
});

describe('version filters', () => {
  test.each([
    ['1.41', '1.41', true],
    ['1.41', '1.4', false],
    ['>=1.40', '1.41', true],
    ['>=1.40', '1.9', false],
    ['<1.30', '1.9', true],
    ['>1.41', null, false],
  ])('%s on %s: %s', (filter, version, expected) => {
    expect(versionTest(filter)(version)).toBe(expected);
  });

  test('true and false test presence', () => {
    expect(versionTest(true)('1.41')).toBe(true);
    expect(versionTest(true)(null)).toBe(false);
    expect(versionTest(false)(null)).toBe(true);
  });

  test('nonsense is a usage error', () => {
    expect(() => versionTest('>=banana')).toThrow(/not a version filter/);
  });
});

test.each([
  ['', '', 0],
  ['platform', 'platfrm', 1],
  ['kitten', 'sitting', 3],
])('editDistance(%s, %s) = %i', (a, b, distance) => {
  expect(editDistance(a, b)).toBe(distance);
});
