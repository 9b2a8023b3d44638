import { expect, test } from 'vitest';
import {
  ENGINE_PATHS,
  isDistinctiveEnginePath,
  matchEnginePath,
} from '../../src/lint/context/engine-paths.ts';

test.each([
  ['/containers/{}/json', true],
  ['/images/{}/attestations', true],
  ['/plugins/{}', true],
  ['/info', true],
  ['/containers/{id}/json', false],
  ['/api/containers', false],
])('%s is an Engine path template: %s', (template, expected) => {
  expect(ENGINE_PATHS.includes(template)).toBe(expected);
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
