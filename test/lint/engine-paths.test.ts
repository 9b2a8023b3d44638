import { expect, test } from 'vitest';
import { listElements } from '../../src/data/index.ts';
import {
  ENGINE_PATHS,
  isDistinctiveEnginePath,
  matchEnginePath,
} from '../../src/lint/context/engine-paths.ts';

test('the extractors know every operation path of the element data', () => {
  const dataPaths = new Set(
    listElements()
      .filter((element) => element.in === 'operation')
      .map((element) => element.path.replace(/\{[^}]+\}/g, '{}')),
  );
  expect([...dataPaths].filter((path) => !ENGINE_PATHS.includes(path))).toEqual([]);
  expect(ENGINE_PATHS.filter((path) => !dataPaths.has(path))).toEqual([]);
});

test.each([
  ['/containers/json', '/containers/json'],
  ['/containers/abc/json', '/containers/{}/json'],
  ['/containers/{}', '/containers/{}'],
  ['/images/docker.io/library/alpine:3.19/json', '/images/{}/json'],
  ['/images/create', '/images/create'],
  ['/plugins/vieux/sshfs/enable', '/plugins/{}/enable'],
  ['/containers/a/b/json', undefined],
  ['/api/info', undefined],
])('%s → %s', (path, template) => {
  expect(matchEnginePath(path)).toBe(template);
});

test.each([
  ['/containers/json', true],
  ['/exec/{}/start', true],
  ['/info', false],
  ['/containers/{}', false],
])('%s distinctive: %s', (template, expected) => {
  expect(isDistinctiveEnginePath(template)).toBe(expected);
});
