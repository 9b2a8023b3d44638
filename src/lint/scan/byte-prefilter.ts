import { PATH_NAME_CHARS } from '../text/path-name-chars.ts';

/**
 * Tests raw bytes for any of a set of literals in one pass, without decoding
 * or copying them: most files hold none, and a decode or a string copy of
 * every file costs more than the search.
 *
 * The search is Wu–Manber: a window as long as the shortest literal slides
 * over the bytes, and a table indexed by the window's last two bytes says how
 * far it may jump; only where the table says 0, and the window's first two
 * bytes begin a literal, are the literals ending there compared. With the
 * shortest literal five bytes long, most steps jump four.
 *
 * Measured on the benchmark's node_modules (4,527 text files, 76.7 MB held
 * in memory, the 30 sieve literals; bench/scan.mjs measures the whole scan):
 * 43 ms, against 68 ms in one lane (88 ms without the test of the first two
 * bytes), 212 ms for one regular expression over a latin1 copy of the bytes
 * (the copy alone 37 ms) and 27 ms for one `Buffer.indexOf` of a single
 * literal. One `indexOf` per literal costs that 27 ms per literal.
 */
export function bytePrefilter(
  literals: readonly string[],
  bounded: readonly string[] = [],
): (bytes: Uint8Array) => boolean {
  const search = literalSearch(literals, bounded);
  return (bytes) => search(bytes) !== -1;
}

/** A literal's bytes, and whether it counts only at a path boundary. */
interface Needle {
  readonly bytes: Uint8Array;
  readonly bounded: boolean;
  /** Its index in the literals given. */
  readonly index: number;
}

/** Bytes that continue a name: a bounded literal followed by one is no match. */
const NAME_BYTE = new Uint8Array(256);
for (const c of PATH_NAME_CHARS) NAME_BYTE[c.charCodeAt(0)] = 1;

/** The longest window used: longer literals are compared in full after their first bytes. */
const MAX_WINDOW = 32;

/**
 * A search for the literals: returns the index (in `literals`) of one that
 * occurs (not always the first in the text), or -1. Empty literals never match.
 */
export function literalSearch(
  literals: readonly string[],
  bounded: readonly string[] = [],
): (bytes: Uint8Array) => number {
  const boundedSet = new Set(bounded);
  const needles: Needle[] = [];
  literals.forEach((literal, index) => {
    const bytes = Buffer.from(literal, 'utf8');
    if (bytes.length > 0) needles.push({ bytes, bounded: boundedSet.has(literal), index });
  });
  // A one-byte literal leaves no window to jump with: those are searched one by one.
  const short = needles.filter((needle) => needle.bytes.length < 2);
  const long = needles.filter((needle) => needle.bytes.length >= 2);
  const windowed = long.length > 0 ? wuManber(long) : () => -1;
  if (short.length === 0) return windowed;
  return (bytes) => {
    for (const needle of short) if (indexOfNeedle(bytes, needle, 0) !== -1) return needle.index;
    return windowed(bytes);
  };
}

/** Below this many bytes one lane searches the whole file: two would cost more to set up than they save. */
const TWO_LANES_FROM = 256;

function wuManber(needles: readonly Needle[]): (bytes: Uint8Array) => number {
  const window = Math.min(MAX_WINDOW, ...needles.map((needle) => needle.bytes.length));
  const longest = Math.max(...needles.map((needle) => needle.bytes.length));
  const maxShift = window - 1;
  // shift[pair]: how far the window may move when its last two bytes are `pair`.
  const shift = new Uint8Array(65536).fill(maxShift);
  // onward[pair]: how far it may move when they end a literal's window there and no literal matched.
  const onward = new Uint8Array(65536).fill(maxShift);
  // heads[pair]: some literal starts with these two bytes.
  const heads = new Uint8Array(65536);
  const ending: Needle[][] = [];
  for (const needle of needles) {
    const b = needle.bytes;
    for (let j = 0; j + 1 < window; j++) {
      const pair = ((b[j] as number) << 8) | (b[j + 1] as number);
      const distance = window - 2 - j;
      if (distance < (shift[pair] as number)) shift[pair] = distance;
      if (distance > 0 && distance < (onward[pair] as number)) onward[pair] = distance;
    }
    const last = ((b[window - 2] as number) << 8) | (b[window - 1] as number);
    const list = ending[last] ?? [];
    list.push(needle);
    ending[last] = list;
    heads[((b[0] as number) << 8) | (b[1] as number)] = 1;
  }
  /** The literal whose window ends at `end` (its last two bytes `pair`), or -1. */
  const matchEnding = (bytes: Uint8Array, end: number, pair: number): number => {
    const start = end - window + 1;
    // Common pairs end some window ("nt", "st"): the first two bytes rule most of them out.
    if (heads[((bytes[start] as number) << 8) | (bytes[start + 1] as number)] === 0) return -1;
    for (const needle of ending[pair] as Needle[]) if (matchesAt(bytes, needle, start)) return needle.index;
    return -1;
  };
  /** One lane: windows ending at `end` … `limit` - 1. */
  const lane = (bytes: Uint8Array, from: number, limit: number): number => {
    let end = from;
    while (end < limit) {
      const pair = ((bytes[end - 1] as number) << 8) | (bytes[end] as number);
      const jump = shift[pair] as number;
      if (jump !== 0) {
        end += jump;
        continue;
      }
      const found = matchEnding(bytes, end, pair);
      if (found !== -1) return found;
      end += onward[pair] as number;
    }
    return -1;
  };
  // Each step waits on the table load of the step before: two lanes, one per
  // half of the file, interleave two such chains and take about half the time
  // (43 against 68 ms in one lane over node_modules' 77 MB). The first lane runs on past
  // the middle by the longest literal, so a literal that straddles it is found.
  return (bytes) => {
    const n = bytes.length;
    if (n < TWO_LANES_FROM) return lane(bytes, window - 1, n);
    const middle = n >>> 1;
    const firstLimit = Math.min(n, middle + longest);
    let a = window - 1;
    let b = middle + window - 1;
    while (a < firstLimit && b < n) {
      const pairA = ((bytes[a - 1] as number) << 8) | (bytes[a] as number);
      const pairB = ((bytes[b - 1] as number) << 8) | (bytes[b] as number);
      const jumpA = shift[pairA] as number;
      const jumpB = shift[pairB] as number;
      if (jumpA !== 0) a += jumpA;
      else {
        const found = matchEnding(bytes, a, pairA);
        if (found !== -1) return found;
        a += onward[pairA] as number;
      }
      if (jumpB !== 0) b += jumpB;
      else {
        const found = matchEnding(bytes, b, pairB);
        if (found !== -1) return found;
        b += onward[pairB] as number;
      }
    }
    const found = lane(bytes, a, firstLimit);
    return found !== -1 ? found : lane(bytes, b, n);
  };
}

function matchesAt(bytes: Uint8Array, needle: Needle, start: number): boolean {
  const literal = needle.bytes;
  const after = start + literal.length;
  if (after > bytes.length) return false;
  for (let k = 0; k < literal.length; k++) if (bytes[start + k] !== literal[k]) return false;
  return !needle.bounded || after === bytes.length || NAME_BYTE[bytes[after] as number] === 0;
}

function indexOfNeedle(bytes: Uint8Array, needle: Needle, from: number): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = view.indexOf(needle.bytes, from); at !== -1; at = view.indexOf(needle.bytes, at + 1))
    if (matchesAt(bytes, needle, at)) return at;
  return -1;
}
