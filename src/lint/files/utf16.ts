/**
 * UTF-16 source files (Windows editors and PowerShell write them) look
 * binary to a NUL-byte test and hold no literal as the byte search spells
 * it. They are recognised by their byte order mark, or without one by the
 * NUL pattern of mostly-ASCII text (every other byte zero), and re-encoded as
 * UTF-8 before anything else looks at them.
 */
const SAMPLE = 512;

export function utf16ToUtf8(bytes: Uint8Array): Uint8Array | undefined {
  const encoding = utf16Encoding(bytes);
  if (encoding === undefined) return undefined;
  // TextDecoder drops the byte order mark and turns unpaired surrogates into U+FFFD.
  const text = new TextDecoder(encoding).decode(bytes);
  return Buffer.from(text, 'utf8');
}

/** Whether the bytes read as UTF-16 (and are re-encoded rather than taken for binary). */
export function isUtf16(bytes: Uint8Array): boolean {
  return utf16Encoding(bytes) !== undefined;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  // Most files hold no NUL at all: one native search settles them.
  if (length < 4 || bytes.subarray(0, length).indexOf(0) === -1) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  // ASCII as UTF-16LE: "a\0b\0"; as UTF-16BE: "\0a\0b". A binary file has NULs in both places.
  if (oddZeros >= pairs * 0.9 && evenZeros <= pairs * 0.1) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros <= pairs * 0.1) return 'utf-16be';
  return undefined;
}
