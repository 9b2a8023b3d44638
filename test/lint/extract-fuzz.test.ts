import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractFile } from '../../src/lint/extract.ts';
import { decodeUtf8 } from '../../src/lint/files/load.ts';
import type { Usage } from '../../src/lint/usage.ts';

// Fragments that drive every scanner branch: roots, prefixes, placeholders,
// quotes, continuations, JSON, command names. Random mixes of them are the
// adversarial input; plain random strings and bytes cover the rest.
const FRAGMENTS = [
  '/containers',
  '/v1.41',
  '/v',
  '/images/',
  '/json',
  '/info',
  '?',
  '&',
  '=',
  'all',
  '${',
  '}',
  '{',
  '%s',
  '%',
  '"',
  "'",
  '`',
  ' + ',
  '+',
  'id',
  '\\\n',
  '\n',
  '\r\n',
  ' ',
  'curl ',
  '-X POST ',
  '-d ',
  '{"a":',
  '[',
  ']',
  'http://localhost',
  'unix://',
  'docker.sock',
  ':2375',
  'DOCKER_API_VERSION=',
  '1.41',
  'wget ',
  'http ',
  '(',
  ')',
  ':',
  '<',
  '>',
  'method: ',
  "'POST'",
  '.post(',
  '\\',
  '$',
  '#',
  '\u0000',
  '\uFFFD',
  'é',
];

const adversarial = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 })
  .map((parts) => parts.join(''));

function checkInvariants(text: string, usages: readonly Usage[]): void {
  const lines = text.split('\n');
  for (const usage of usages) {
    expect(usage.line).toBeGreaterThanOrEqual(1);
    expect(usage.line).toBeLessThanOrEqual(lines.length);
    expect(usage.column).toBeGreaterThanOrEqual(1);
    expect(usage.column).toBeLessThanOrEqual((lines[usage.line - 1]?.length ?? 0) + 1);
    if (usage.kind === 'request') {
      expect(usage.path.startsWith('/')).toBe(true);
      for (const element of usage.elements) {
        for (const at of [element.at, element.valueAt ?? element.at]) {
          expect(at.line).toBeGreaterThanOrEqual(1);
          expect(at.line).toBeLessThanOrEqual(lines.length);
          expect(at.column).toBeGreaterThanOrEqual(1);
        }
      }
    } else {
      expect(usage.pin).toMatch(/^\d+\.\d+$/);
    }
  }
}

/** Generous: a run that backtracks catastrophically takes seconds, not this. */
const BOUND_MS = 2_000;

function timed(text: string): Usage[] {
  const started = performance.now();
  const usages = extractFile({ path: 'fuzz.txt', text });
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return usages;
}

describe('extraction never crashes or hangs', () => {
  test('random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (text) =>
        checkInvariants(text, timed(text)),
      ),
      {
        numRuns: 300,
      },
    );
  });

  test('adversarial fragment mixes', () => {
    fc.assert(
      fc.property(adversarial, (text) => checkInvariants(text, timed(text))),
      { numRuns: 500 },
    );
  });

  test('random bytes decoded as UTF-8 (invalid sequences included)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        const text = decodeUtf8(bytes);
        checkInvariants(text, timed(text));
      }),
      { numRuns: 200 },
    );
  });

  // Each shape repeats one fragment so that a superlinear scanner would show
  // up as a blow-up between sizes; the bound is loose so only that fails.
  test.each([
    ['unclosed template', '/containers/${'],
    ['open braces', '/containers/{'],
    ['slashes', '/containers/'],
    ['query pairs', '/v1.41/containers/json?a=1&'],
    ['concatenations', '"/containers/" + x + "'],
    ['curl continuations', 'curl -X POST \\\n'],
    ['json nesting', 'curl -d \'{"a":{"b":['],
    ['pins', 'DOCKER_API_VERSION=1.41 '],
    ['method words', "method: 'POST' .post( GET "],
    ['minified line', 'n("/v1.41/containers/"+e+"/kill?signal=SIGTERM","POST"),'],
  ])('%s: 20× the input costs ≈ 20× the time', (_name, fragment) => {
    const small = fragment.repeat(1_000);
    const large = fragment.repeat(20_000);
    const t0 = performance.now();
    const a = extractFile({ path: 'a.js', text: small });
    const t1 = performance.now();
    const b = extractFile({ path: 'a.js', text: large });
    const t2 = performance.now();
    checkInvariants(small, a);
    checkInvariants(large, b);
    // Linear scaling would be 20×; quadratic would be 400×.
    expect(t2 - t1).toBeLessThan(Math.max(100 * (t1 - t0), 3_000));
  });

  test.each([
    ['empty', ''],
    ['only CRLF', '\r\n'.repeat(1000)],
    ['NUL bytes', '\u0000'.repeat(1000)],
    ['one huge line', `x${'a'.repeat(3_000_000)}/containers/json`],
  ])('%s', (_name, text) => {
    checkInvariants(text, timed(text));
  });
});
