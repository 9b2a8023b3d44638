import { BINARY_SNIFF_BYTES } from '../constants.ts';

/** A file is binary when a NUL byte appears early on, as git decides. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1;
}
