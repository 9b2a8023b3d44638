import { describe, expect, test } from 'vitest';
import { decodeUtf8 } from '../../src/lint/files/load.ts';
import { LineIndex } from '../../src/lint/text/line-index.ts';

describe('line ends', () => {
  test.each([
    ['LF', 'a\nbc\nd', [1, 1], [2, 2], [3, 1]],
    ['CRLF', 'a\r\nbc\r\nd', [1, 1], [2, 2], [3, 1]],
    ['CR only', 'a\rbc\rd', [1, 1], [2, 2], [3, 1]],
    ['mixed', 'a\rbc\r\nd', [1, 1], [2, 2], [3, 1]],
  ])('%s: a, c and d are on lines 1, 2, 3', (_name, text, a, c, d) => {
    const lines = new LineIndex(text);
    const at = (char: string) => {
      const { line, column } = lines.position(text.indexOf(char));
      return [line, column];
    };
    expect([at('a'), at('c'), at('d')]).toEqual([a, c, d]);
  });

  test('decoding turns a lone CR into LF, one for one, and keeps CRLF', () => {
    expect(decodeUtf8(Buffer.from('a\rb\r\nc'))).toBe('a\nb\r\nc');
  });
});
