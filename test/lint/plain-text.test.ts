import { describe, expect, test } from 'vitest';
import { BINARY_SNIFF_BYTES } from '../../src/lint/constants.ts';
import { isBinary, isPlainText } from '../../src/lint/files/binary.ts';
import { isUtf16 } from '../../src/lint/files/utf16.ts';

const ascii = (length: number) => Buffer.alloc(length, 'a');
const withNul = (length: number, at: number) => {
  const bytes = ascii(length);
  bytes[at] = 0;
  return bytes;
};

describe('isPlainText', () => {
  // The scan skips the UTF-16 and binary tests for plain text: it must never call plain what either test takes.
  test.each([
    ['empty', Buffer.alloc(0), true],
    ['ASCII', ascii(100), true],
    ['ASCII past the sniffed bytes', ascii(BINARY_SNIFF_BYTES * 3), true],
    ['a NUL at the first byte', withNul(100, 0), false],
    ['a NUL at the last sniffed byte', withNul(BINARY_SNIFF_BYTES + 10, BINARY_SNIFF_BYTES - 1), false],
    ['a NUL just past the sniffed bytes', withNul(BINARY_SNIFF_BYTES + 10, BINARY_SNIFF_BYTES), true],
    ['UTF-16LE with a byte order mark', Buffer.from('\ufeffdocker ps', 'utf16le'), false],
    ['UTF-16BE with a byte order mark', Buffer.from([0xfe, 0xff, 0, 0x64, 0, 0x6f]), false],
    ['UTF-16LE without one', Buffer.from('docker ps\n'.repeat(20), 'utf16le'), false],
    ['a byte order mark alone', Buffer.from([0xff, 0xfe]), false],
    ['UTF-8 with its byte order mark', Buffer.from('\ufeffcurl /info', 'utf8'), true],
  ])('%s', (_name, bytes, plain) => {
    expect(isPlainText(bytes)).toBe(plain);
    if (plain) {
      expect(isBinary(bytes)).toBe(false);
      expect(isUtf16(bytes)).toBe(false);
    }
  });

  test('a plain Uint8Array view reads as the Buffer does', () => {
    const bytes = withNul(BINARY_SNIFF_BYTES * 2, BINARY_SNIFF_BYTES + 5);
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(isPlainText(view)).toBe(true);
    expect(isPlainText(view.subarray(BINARY_SNIFF_BYTES))).toBe(false);
  });
});
