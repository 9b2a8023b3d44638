/**
 * Tests raw bytes for any of a set of literals without decoding them as
 * UTF-8: most files hold none, and decoding every file costs more than the
 * whole search. Each native call has a fixed cost that dominates on small
 * files, so the search has two shapes:
 * - a small file is read as latin1 (one byte, one character: a literal's
 *   bytes match exactly where its latin1 spelling does) and searched with one
 *   regular expression for all literals, a single native pass;
 * - a large file is searched natively for each literal's rarest pair of
 *   bytes, and only those hits are checked in full.
 */
export function bytePrefilter(literals: readonly string[]): (bytes: Uint8Array) => boolean {
  const encoded = literals.map((literal) => Buffer.from(literal, 'utf8')).filter((bytes) => bytes.length > 0);
  if (encoded.length === 0) return () => false;
  const pattern = new RegExp(encoded.map((bytes) => escapeRegExp(bytes.toString('latin1'))).join('|'));
  const groups = anchorGroups(encoded);
  return (bytes) => {
    const buffer = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.length < SMALL_FILE) return pattern.test(buffer.toString('latin1'));
    return groups.some((group) => groupMatches(buffer, group));
  };
}

/**
 * Below this size one regex pass over a latin1 copy is cheaper than one
 * native search per anchor; above it, copying the file costs more.
 */
const SMALL_FILE = 64 * 1024;

/** Literals that share an anchor: the bytes searched natively, and where each literal holds them. */
interface AnchorGroup {
  readonly anchor: Buffer;
  readonly candidates: { readonly literal: Buffer; readonly offset: number }[];
}

function anchorGroups(literals: readonly Buffer[]): AnchorGroup[] {
  const groups = new Map<string, AnchorGroup>();
  for (const literal of literals) {
    const offset = rarestPair(literal);
    const anchor = literal.subarray(offset, offset + Math.min(2, literal.length));
    const key = anchor.toString('latin1');
    const group = groups.get(key) ?? { anchor, candidates: [] };
    group.candidates.push({ literal, offset });
    groups.set(key, group);
  }
  return [...groups.values()];
}

function groupMatches(buffer: Buffer, { anchor, candidates }: AnchorGroup): boolean {
  for (let at = buffer.indexOf(anchor); at !== -1; at = buffer.indexOf(anchor, at + 1)) {
    for (const { literal, offset } of candidates) {
      const start = at - offset;
      const end = start + literal.length;
      if (start >= 0 && end <= buffer.length && buffer.compare(literal, 0, literal.length, start, end) === 0)
        return true;
    }
  }
  return false;
}

/** Bytes from most to least common in source text; bytes not listed count as rarest. */
const COMMON = Buffer.from(' etaoinsrlhcdupmfgywbvk\n.,()\'"=;:/-_{}[]0123456789');

function rank(byte: number | undefined): number {
  const position = byte === undefined ? -1 : COMMON.indexOf(byte);
  return position === -1 ? COMMON.length : position;
}

/**
 * Where the literal's rarest pair of bytes starts, judged by the first byte
 * (the native search skips to it) and then the second.
 */
function rarestPair(literal: Buffer): number {
  let best = 0;
  let bestScore = -1;
  for (let index = 0; index + 1 < literal.length; index++) {
    const score = rank(literal[index]) * (COMMON.length + 1) + rank(literal[index + 1]);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
