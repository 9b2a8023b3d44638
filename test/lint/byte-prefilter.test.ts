import { expect, test } from 'vitest';
import { boundedLiterals, prefilterLiterals } from '../../src/lint/extract.ts';
import { ENGINE_ROOT_LITERALS, findPathStarts } from '../../src/lint/extractors/shared/path-starts.ts';
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

// A path root counts only where the extractors it enables read a path: the sieve and findPathStarts agree.
const roots = bytePrefilter(ENGINE_ROOT_LITERALS, ENGINE_ROOT_LITERALS);
const rootRows: string[] = [
  'fetch("/containers/json")',
  "get('/info')",
  'curl http://localhost/_ping',
  'see /information and /version2 and /images.png',
  '/systemd/exec_',
  'path /volumes',
  '/nodesü',
  'a/buildx b/commits',
];
test.each(rootRows)('a path root in %j passes the sieve where a path starts there', (text) => {
  expect(roots(Buffer.from(text))).toBe(findPathStarts(text).length > 0);
});

test('the default sieve bounds exactly the Engine path roots among the enablers', () => {
  expect(boundedLiterals()).toEqual(
    prefilterLiterals().filter((literal) => ENGINE_ROOT_LITERALS.includes(literal)),
  );
  expect(boundedLiterals().length).toBeGreaterThan(10);
});
