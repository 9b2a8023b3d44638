import fc from 'fast-check';
import { expect, test } from 'vitest';
import { boundedLiterals, prefilterLiterals } from '../../src/lint/extract.ts';
import { ENGINE_ROOT_LITERALS, findPathStarts } from '../../src/lint/extractors/shared/path-starts.ts';
import { bytePrefilter, literalSearch } from '../../src/lint/scan/byte-prefilter.ts';
import { minimalLiterals } from '../../src/lint/text/minimal-literals.ts';

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

// The windowed search against the plain definition: a literal occurs (bounded ones not followed by a name byte).
function reference(literals: readonly string[], bounded: readonly string[], text: Uint8Array): boolean {
  const view = Buffer.from(text);
  return literals.some((literal) => {
    if (literal === '') return false;
    const needle = Buffer.from(literal);
    for (let at = view.indexOf(needle); at !== -1; at = view.indexOf(needle, at + 1)) {
      const next = view[at + needle.length];
      if (
        !bounded.includes(literal) ||
        next === undefined ||
        !/[A-Za-z0-9_.-]/.test(String.fromCharCode(next))
      )
        return true;
    }
    return false;
  });
}

test('agrees with a plain search on random texts and literal sets', () => {
  const alphabet = fc.constantFrom('a', 'b', 'c', '/', '.', 'x', 'ü', '\n');
  const word = fc.array(alphabet, { minLength: 0, maxLength: 7 }).map((chars) => chars.join(''));
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 0, maxLength: 6 }),
      fc.array(word, { minLength: 0, maxLength: 3 }),
      fc.array(alphabet, { maxLength: 300 }).map((chars) => chars.join('')),
      (literals, extraBounded, text) => {
        const bounded = [...literals.slice(0, 2), ...extraBounded];
        const bytes = Buffer.from(text);
        expect(bytePrefilter(literals, bounded)(bytes)).toBe(reference(literals, bounded, bytes));
      },
    ),
    { numRuns: 3000 },
  );
});

// From 256 bytes on, two lanes search the two halves: a literal anywhere, across the middle too.
test('agrees with a plain search on long texts, where two lanes search', () => {
  const alphabet = fc.constantFrom('a', 'b', '/', 'x', 'ü', '\n');
  const word = fc.array(alphabet, { minLength: 1, maxLength: 9 }).map((chars) => chars.join(''));
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 1, maxLength: 5 }),
      fc.array(alphabet, { minLength: 250, maxLength: 1200 }).map((chars) => chars.join('')),
      (literals, text) => {
        const bounded = literals.slice(0, 1);
        const bytes = Buffer.from(text);
        expect(bytePrefilter(literals, bounded)(bytes)).toBe(reference(literals, bounded, bytes));
      },
    ),
    { numRuns: 1000 },
  );
});

test.each([255, 256, 257, 1000, 1001, 70 * 1024 + 1])(
  'a literal at every offset of a %i-byte file',
  (size) => {
    const search = bytePrefilter(['/containers', 'from_env(']);
    const literal = '/containers';
    const offsets = new Set([0, 1, size - literal.length]);
    for (let at = (size >>> 1) - literal.length - 1; at <= (size >>> 1) + 1; at++) offsets.add(at);
    for (const at of offsets) {
      const text = `${'-'.repeat(at)}${literal}${'-'.repeat(size - at - literal.length)}`;
      expect(text.length).toBe(size);
      expect(search(Buffer.from(text))).toBe(true);
      expect(search(Buffer.from(text.replace(literal, '/container_')))).toBe(false);
    }
  },
);

test('a one-byte literal is found, bounded or not', () => {
  expect(bytePrefilter(['x', '/containers'])(Buffer.from('abc x'))).toBe(true);
  expect(bytePrefilter(['x'], ['x'])(Buffer.from('xa x.'))).toBe(false);
  expect(bytePrefilter(['x'], ['x'])(Buffer.from('xa x'))).toBe(true);
});

test('a bounded literal that fails its boundary does not hide a later match', () => {
  const search = bytePrefilter(['/info'], ['/info']);
  expect(search(Buffer.from('/information /info.x /info?'))).toBe(true);
  expect(search(Buffer.from('/information /info.x /info_'))).toBe(false);
});

test('literalSearch says which literal it found', () => {
  const search = literalSearch(['DOCKER_API_VERSION', '/containers', 'docker'], ['/containers']);
  expect(search(Buffer.from('x = "/containers/json"'))).toBe(1);
  expect(search(Buffer.from('no match here'))).toBe(-1);
  expect(search(Buffer.from('export DOCKER_API_VERSION=1.41'))).toBe(0);
});

test('minimalLiterals drops a literal that holds another, unless that one is bounded', () => {
  expect(
    minimalLiterals(
      ['docker', 'dockerode', 'github.com/docker/docker', '/info', '/info/x', 'docker'],
      ['/info'],
    ),
  ).toEqual(['docker', '/info', '/info/x']);
  // The empty literal occurs everywhere: it stands for every other.
  expect(minimalLiterals(['', 'a'])).toEqual(['']);
});

test('the default sieve searches fewer literals than it was given and finds the same files', () => {
  const literals = [...prefilterLiterals(), 'docker-api-compat-ignore-'];
  expect(minimalLiterals(literals, boundedLiterals()).length).toBeLessThan(literals.length);
});
