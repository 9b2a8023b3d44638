import { BINARY_SNIFF_BYTES } from '../constants.ts';

/** A file is binary when a NUL byte appears early on, as git decides. */
export function isBinary(bytes: Uint8Array): boolean {
  return earlyBytes(bytes).indexOf(0) !== -1;
}

/**
 * Neither binary nor UTF-16 (./utf16.ts): no NUL byte early on and no UTF-16
 * byte order mark. Most text files are plain, and one native search tells
 * them from the rest; the tests for those two kinds then need not run.
 */
export function isPlainText(bytes: Uint8Array): boolean {
  // Indexed, not destructured: destructuring would build an iterator for every file.
  const first = bytes[0];
  const second = bytes[1];
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return false;
  return !isBinary(bytes);
}

/** The bytes the binary test reads; a small file whole, without a view made for it. */
function earlyBytes(bytes: Uint8Array): Uint8Array {
  return bytes.length <= BINARY_SNIFF_BYTES ? bytes : bytes.subarray(0, BINARY_SNIFF_BYTES);
}
