import { expect, test } from 'vitest';
import { bytePrefilter } from '../../src/lint/scan/byte-prefilter.ts';

const hasAny = bytePrefilter(['/containers', 'DOCKER_API_VERSION', 'from_env(', 'ü/x']);

const rows: [string, boolean][] = [
  ['fetch("/containers/json")', true],
  ['export DOCKER_API_VERSION=1.41', true],
  ['docker.from_env()', true],
  ['a ü/x b', true],
  ['/container', false],
  ['DOCKER_API_VERSIO', false],
  ['from_env', false],
  ['', false],
  ['containers/ from env(', false],
  ['u/x ü/y', false],
];

// Small and large files take different search paths: both must agree.
const padding = '-'.repeat(70 * 1024);
test.each(rows)('%j → %s', (text, expected) => {
  expect(hasAny(Buffer.from(text))).toBe(expected);
  expect(hasAny(Buffer.from(`${padding}${text}${padding}`))).toBe(expected);
  expect(hasAny(new Uint8Array(Buffer.from(`${text}${padding}`)))).toBe(expected);
});

test('a literal at the very start and end of a large file', () => {
  expect(hasAny(Buffer.from(`/containers${padding}`))).toBe(true);
  expect(hasAny(Buffer.from(`${padding}from_env(`))).toBe(true);
  expect(hasAny(Buffer.from(`${padding}from_env`))).toBe(false);
});

test('no literals: nothing matches', () => {
  expect(bytePrefilter([])(Buffer.from('anything'))).toBe(false);
  expect(bytePrefilter([''])(Buffer.from('anything'))).toBe(false);
});
