import { isAscii } from 'node:buffer';
import { isBinary } from './binary.ts';
import { MAX_TEXT_BYTES } from './special.ts';
import type { FileEntry, FileNotice } from './types.ts';

/**
 * Why a file's bytes are not searched (too large, binary), or undefined to
 * search them; `plain` when they are known to be plain text (./binary.ts).
 */
export function skipNotice(
  entry: FileEntry,
  bytes: Uint8Array,
  maxBytes: number,
  plain = false,
): FileNotice | undefined {
  // Readers stop at maxBytes + 1, so the size said is a lower bound.
  if (bytes.length > Math.min(maxBytes, MAX_TEXT_BYTES))
    return { kind: 'skipped', file: entry.path, reason: 'too-large', size: bytes.length };
  if (!plain && isBinary(bytes)) return { kind: 'skipped', file: entry.path, reason: 'binary' };
  return undefined;
}

/** Invalid UTF-8 becomes U+FFFD; a BOM is dropped so columns match editors; lone CRs end lines. */
export function decodeUtf8(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ASCII reads the same as latin1, which copies bytes instead of decoding them:
  // several times faster on the large files that pass the prefilter.
  const text = isAscii(buffer) ? buffer.toString('latin1') : buffer.toString('utf8');
  return lineFeeds(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * A lone `\r` ends a line (classic Mac files): it becomes `\n`, one character
 * for one, so offsets and columns stay and every reader sees one kind of line
 * end. `\r\n` is left as it is.
 */
export function lineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
