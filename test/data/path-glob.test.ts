import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { globMatcher } from '../../src/data/path-glob.ts';

/** The regular expression the matcher replaces: right, but exponential on runs of stars. */
function viaRegExp(pattern: string): (path: string) => boolean {
  const source = pattern
    .replace(/\*{2,}/g, '**')
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const regexp = new RegExp(`^${source}$`);
  return (path) => regexp.test(path);
}

describe('path globs', () => {
  test.each([
    ['/containers/*/json', '/containers/{id}/json', true],
    ['/containers/*/json', '/containers/a/b/json', false],
    ['/containers/**', '/containers/{id}/logs', true],
    ['**/json', '/images/json', true],
    ['/images/*', '/images/', true],
    ['*', '/images', false],
  ])('%s on %s: %s', (pattern, path, expected) => {
    expect(globMatcher(pattern)(path)).toBe(expected);
  });

  test('agrees with the regular expression on short patterns', () => {
    const letters = fc.constantFrom('a', 'b', '/', '*');
    fc.assert(
      fc.property(
        fc.string({ unit: letters, maxLength: 8 }),
        fc.string({ unit: letters, maxLength: 10 }),
        (pattern, path) => {
          expect(globMatcher(pattern)(path)).toBe(viaRegExp(pattern)(path));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('many stars cost no more than a few', () => {
    const path = `/${'a'.repeat(60)}b`;
    const started = performance.now();
    expect(globMatcher(`${'*a'.repeat(30)}*c`)(path)).toBe(false);
    expect(globMatcher(`${'*'.repeat(40)}a`)(path)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
