import { expect, test } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import {
  compareApiVersions,
  normalizeApiVersion,
  tryParseApiVersion,
} from '../../src/versions/api-version.ts';

test.each([
  ['1.9', '1.10', -1],
  ['1.10', '1.9', 1],
  ['1.41', '1.41', 0],
  ['1.41', '2.0', -1],
  ['v1.24', '1.25', -1],
])('compare(%s, %s) has sign %i', (a, b, sign) => {
  expect(Math.sign(compareApiVersions(a, b))).toBe(sign);
});

test.each([
  ['1.41', '1.41'],
  ['v1.41', '1.41'],
  [' 1.041 ', '1.41'],
])('normalize(%j) = %s', (input, output) => {
  expect(normalizeApiVersion(input)).toBe(output);
});

test.each(['1', '1.x', 'banana', '', '1.41.0', '1.-1'])('%j is not an API version', (input) => {
  expect(tryParseApiVersion(input)).toBeUndefined();
  expect(() => normalizeApiVersion(input)).toThrow(UsageError);
});
