import { expect, test } from 'vitest';
import type { ElementFacts } from '../../src/data/element-types.ts';
import { deprecatedIn, presentIn } from '../../src/data/presence.ts';

const base = { key: 'GET /a', method: 'GET', path: '/a', in: 'operation' } as const;
const readded: ElementFacts = {
  ...base,
  since: '1.25',
  deprecated: '1.40',
  removed: null,
  history: [
    { since: '1.25', removed: '1.27' },
    { since: '1.30', removed: null },
  ],
};
const removed: ElementFacts = { ...base, since: '1.24', deprecated: null, removed: '1.41' };

test.each([
  [readded, '1.24', false],
  [readded, '1.25', true],
  [readded, '1.27', false],
  [readded, '1.30', true],
  [readded, '1.56', true],
  [removed, '1.40', true],
  [removed, '1.41', false],
  [removed, '1.9', false],
])('presentIn(%#) at %s: %s', (facts, version, expected) => {
  expect(presentIn(facts, version)).toBe(expected);
});

test('deprecatedIn', () => {
  expect(deprecatedIn(readded, '1.39')).toBe(false);
  expect(deprecatedIn(readded, '1.40')).toBe(true);
  expect(deprecatedIn(removed, '1.40')).toBe(false);
});
