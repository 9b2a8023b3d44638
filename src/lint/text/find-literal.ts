/**
 * `text.indexOf(literal, from)`, searched by a piece of the literal and
 * compared in place. V8 searches a needle of up to six characters by its
 * first character, a longer one with skip tables; in large two-byte strings
 * (bundles holding any non-Latin-1 character) the latter measured two to five
 * times slower (`Client(`, `dockerode`, `WithVersion(`). The piece starts at
 * the literal's first character that is not a lower-case letter, rarer in
 * code (`_env(` of `from_env(`), so fewer hits are compared.
 */
export function indexOfLiteral(text: string, literal: string, from = 0): number {
  if (literal.length <= HEAD) return text.indexOf(literal, from);
  const [piece, offset] = pieceOf(literal);
  for (let at = text.indexOf(piece, from + offset); at !== -1; at = text.indexOf(piece, at + 1))
    if (text.startsWith(literal, at - offset)) return at - offset;
  return -1;
}

const HEAD = 6;
const pieces = new Map<string, readonly [string, number]>();

function pieceOf(literal: string): readonly [string, number] {
  let piece = pieces.get(literal);
  if (!piece) {
    const rare = literal.search(/[^a-z]/);
    // At least four characters: a shorter piece would be found too often.
    const offset = rare !== -1 && literal.length - rare >= 4 ? rare : 0;
    piece = [literal.slice(offset, offset + HEAD), offset];
    pieces.set(literal, piece);
  }
  return piece;
}

/**
 * Whether `text` holds `literal`. The extractors and the Docker-context rule
 * ask about the same few literals of the same text (`docker` up to five
 * times): the answers for the last text asked about are kept.
 */
export function holdsLiteral(text: string, literal: string): boolean {
  if (text !== lastText) {
    lastText = text;
    answers.clear();
  }
  let holds = answers.get(literal);
  if (holds === undefined) {
    holds = indexOfLiteral(text, literal) !== -1;
    answers.set(literal, holds);
  }
  return holds;
}

let lastText: string | undefined;
const answers = new Map<string, boolean>();

/**
 * The first offset from `from` on where the sticky `pattern` matches, tried
 * only where `head`, the text every match starts with, occurs. V8 finds a
 * single character natively (memchr in one-byte strings), several
 * times faster than its regex engine scans for it (the Engine path roots:
 * 0.2 against 2 ms over the generated benchmark tree, 1.8 against 2.6 over
 * the bundles of node_modules).
 */
export function headedMatch(text: string, head: string, pattern: RegExp, from = 0, to = text.length): number {
  for (
    let at = indexOfLiteral(text, head, from);
    at !== -1 && at < to;
    at = indexOfLiteral(text, head, at + 1)
  ) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return at;
  }
  return -1;
}
