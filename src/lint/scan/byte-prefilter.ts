/**
 * Tests raw bytes for any of a set of literals in one native pass, without
 * decoding them as UTF-8: most files hold none, and decoding every file costs
 * more than the search. The bytes are read as latin1 (one byte, one
 * character: a literal's bytes match exactly where its latin1 spelling does)
 * and searched with one regular expression for all literals.
 *
 * Measured on the benchmark trees (bench/scan.mjs, 46 MB of node_modules):
 * this one pass took about half the time of one `Buffer.indexOf` per literal
 * anchor and of a two-byte lookup table walked in JavaScript, and far less
 * than an Aho–Corasick automaton from npm (which wants a decoded string too).
 */
export function bytePrefilter(
  literals: readonly string[],
  bounded: readonly string[] = [],
): (bytes: Uint8Array) => boolean {
  const ends = new Set(bounded);
  const sources = literals
    .filter((literal) => literal.length > 0)
    .map((literal) => {
      const source = escapeRegExp(Buffer.from(literal, 'utf8').toString('latin1'));
      return ends.has(literal) ? `${source}${PATH_ROOT_END}` : source;
    });
  if (sources.length === 0) return () => false;
  const pattern = new RegExp(sources.join('|'));
  return (bytes) => pattern.test(latin1(bytes));
}

/**
 * What may not follow a bounded literal: an Engine path root (`/info`) is
 * read only where no name character follows it (extractors/shared/path-starts.ts),
 * so `/information` enables nothing. A byte of a multi-byte character is not
 * a name character, as its decoded character is not.
 */
export const PATH_ROOT_END = '(?![A-Za-z0-9_.-])';

/** Node's own latin1 copy, without `toString`'s argument handling (a measurable share on small files). */
interface Latin1Slicer {
  latin1Slice(start: number, end: number): string;
}

/** The bytes as a latin1 string: a copy, never a decode. */
export function latin1(bytes: Uint8Array): string {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (buffer as unknown as Latin1Slicer).latin1Slice(0, buffer.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
