/**
 * Tests raw bytes for any of a set of ASCII literals without decoding them:
 * most files hold none, and decoding every file to a string costs more than
 * the whole search. Each literal is anchored on its rarest byte (by a rough
 * ranking of byte frequency in source code); every occurrence of an anchor
 * byte is checked against the literals anchored on it.
 */
export function bytePrefilter(literals: readonly string[]): (bytes: Uint8Array) => boolean {
  const groups = new Map<number, { literal: Buffer; offset: number }[]>();
  for (const literal of literals) {
    const encoded = Buffer.from(literal, 'utf8');
    if (encoded.length === 0) continue;
    const offset = rarestByte(encoded);
    const anchor = encoded[offset] as number;
    groups.set(anchor, [...(groups.get(anchor) ?? []), { literal: encoded, offset }]);
  }
  return (bytes) => {
    const buffer = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (const [anchor, candidates] of groups) {
      for (let at = buffer.indexOf(anchor); at !== -1; at = buffer.indexOf(anchor, at + 1)) {
        for (const { literal, offset } of candidates)
          if (matchesAt(buffer, at - offset, literal)) return true;
      }
    }
    return false;
  };
}

/** Bytes from most to least common in source text; bytes not listed count as rarest. */
const COMMON = Buffer.from(' etaoinsrlhcdupmfgywbvk\n.,()\'"=;:/-_{}[]0123456789');

function rarestByte(literal: Buffer): number {
  let best = 0;
  let bestRank = -1;
  for (const [index, byte] of literal.entries()) {
    const position = COMMON.indexOf(byte);
    const rank = position === -1 ? COMMON.length : position;
    if (rank > bestRank) {
      best = index;
      bestRank = rank;
    }
  }
  return best;
}

function matchesAt(buffer: Buffer, start: number, literal: Buffer): boolean {
  if (start < 0 || start + literal.length > buffer.length) return false;
  for (let i = 0; i < literal.length; i++) if (buffer[start + i] !== literal[i]) return false;
  return true;
}
