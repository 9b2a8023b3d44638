import { expect, test } from 'vitest';
import { bytePrefilter } from '../../src/lint/scan/byte-prefilter.ts';

const hasAny = bytePrefilter(['/containers', 'DOCKER_API_VERSION', 'from_env(']);

test.each([
  ['fetch("/containers/json")', true],
  ['export DOCKER_API_VERSION=1.41', true],
  ['docker.from_env()', true],
  ['/container', false],
  ['DOCKER_API_VERSIO', false],
  ['from_env', false],
  ['', false],
  ['containers/ from env(', false],
])('%j → %s', (text, expected) => {
  expect(hasAny(Buffer.from(text))).toBe(expected);
});
