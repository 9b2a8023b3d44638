import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { notStrictEqual, strictEqual } from '../../scripts/bundle-shims/assert.mjs';
import shimWidth from '../../scripts/bundle-shims/string-width.mjs';

describe('the bundle measures help text as string-width does', () => {
  test.each([
    [''],
    ['docker-api-compat lookup [release]'],
    ['Docker release → API versions it serves'],
    ['20.10 … 28.5.2, 1.46–1.47, ≥ 23.0.0'],
    ['\u001b[31merror\u001b[39m  api-too-new'],
    ['日本語のテキスト'],
    ['ｆｕｌｌｗｉｄｔｈ'],
    ['e\u0301te\u0301'],
    ['😀 grin'],
    ['tab\tand\u0007bell'],
  ])('%j', (text) => {
    expect(shimWidth(text)).toBe(stringWidth(text));
  });
});

describe('the assert shim keeps the invariant checks', () => {
  test('strictEqual', () => {
    expect(() => strictEqual(1, 1)).not.toThrow();
    expect(() => strictEqual(1, 2, 'boom')).toThrow('boom');
  });

  test('notStrictEqual', () => {
    expect(() => notStrictEqual(1, 2)).not.toThrow();
    expect(() => notStrictEqual(undefined, undefined)).toThrow();
  });
});
