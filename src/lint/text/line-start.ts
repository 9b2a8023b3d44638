import { holdsLiteral } from './find-literal.ts';

/**
 * A pattern that counts only at a line start after at most `indent` blanks
 * (spaces, tabs): what `/^[ \t]{0,N}…/m` says. V8 tries a `^` pattern in
 * multiline mode at every position of the text; written without the prefix
 * and starting with a literal, the pattern is searched by that literal and
 * each hit is checked back to its line start.
 */
export interface LineStartPattern {
  /** The pattern after the indentation; it should start with a literal. */
  readonly pattern: RegExp;
  /** Most blanks before it (default: any number). */
  readonly indent?: number;
  /** A literal every match holds (`docker`): a text without it is not searched. */
  readonly holds?: string;
}

/** Line terminators as `^` in multiline mode knows them. */
const TERMINATOR_LIST = ['\n', '\r', '\u2028', '\u2029'];
const TERMINATORS = new Set(TERMINATOR_LIST);

/** The pattern compiled for searching: global, so hits resume where the last one began. */
export function lineStartSearch({ pattern, indent, holds }: LineStartPattern): LineStartPattern {
  return {
    pattern: pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`),
    ...(indent !== undefined && { indent }),
    ...(holds !== undefined && { holds }),
  };
}

/** `search` from {@link lineStartSearch}. */
export function matchesAtLineStart(text: string, search: LineStartPattern): boolean {
  const { pattern, indent = Number.POSITIVE_INFINITY, holds } = search;
  if (holds !== undefined && !holdsLiteral(text, holds)) return false;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let blank = match.index;
    while (
      blank > 0 &&
      match.index - blank <= indent &&
      (text[blank - 1] === ' ' || text[blank - 1] === '\t')
    )
      blank--;
    if (match.index - blank <= indent && (blank === 0 || TERMINATORS.has(text[blank - 1] ?? ''))) return true;
    // A later match may start inside this one: every position is tried, as `^` would.
    pattern.lastIndex = match.index + 1;
  }
  return false;
}

/**
 * What every match holds at most `within` characters after its start: a
 * character, or a match of a global pattern (a literal's opening, say) that
 * `accept`, when given, takes.
 */
export type Needs =
  | { readonly char: string; readonly within: number }
  | {
      readonly pattern: RegExp;
      readonly within: number;
      readonly accept?: (match: RegExpExecArray) => boolean;
    };

/**
 * What `text.matchAll(/^…/gm)` finds, for the sticky pattern `sticky`
 * written without the `^`: tried at each line start only, each past the
 * previous match (a match may run over a line end), instead of at every
 * position of the text; with `needs`, only at line starts each of them
 * follows closely enough.
 */
export function lineStartMatches(
  text: string,
  sticky: RegExp,
  ...needs: readonly Needs[]
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const ends = new LineEnds(text);
  const next = needs.map((need) => nextOccurrence(text, need));
  let resume = 0;
  for (let start = 0; start !== -1; ) {
    // The first line start worth trying next: past this match, or where each need is near enough.
    let from = start + 1;
    if (start < resume) from = resume;
    else {
      let near = true;
      for (const [k, need] of needs.entries()) {
        const at = (next[k] as (from: number) => number)(start);
        // No match can start here or later: nothing found, nothing passed over.
        if (at === -1) return found;
        if (at - start > need.within) {
          near = false;
          from = Math.max(from, at - need.within);
        }
      }
      if (near) {
        sticky.lastIndex = start;
        const match = sticky.exec(text);
        if (match) {
          found.push(match);
          resume = start + Math.max(1, match[0].length);
          from = resume;
        }
      }
    }
    start = ends.nextStart(from - 1);
  }
  return found;
}

/** The first occurrence of `need` at or after `from` (-1 for none), searched again only once passed. */
function nextOccurrence(text: string, need: Needs): (from: number) => number {
  let at = -2;
  if ('char' in need)
    return (from) => {
      if (at !== -1 && at < from) at = text.indexOf(need.char, from);
      return at;
    };
  const pattern = need.pattern.global
    ? need.pattern
    : new RegExp(need.pattern.source, `${need.pattern.flags}g`);
  const accept = need.accept;
  return (from) => {
    if (at !== -1 && at < from) {
      pattern.lastIndex = from;
      let match = pattern.exec(text);
      // One not taken may overlap one that is: the search resumes just past its start.
      while (match && accept && !accept(match)) {
        pattern.lastIndex = match.index + 1;
        match = pattern.exec(text);
      }
      at = match?.index ?? -1;
    }
    return at;
  };
}

/**
 * Line starts in order, for the terminators `^` knows. Each terminator is
 * searched with indexOf, resumed only once passed: most texts hold `\n`
 * alone, and a character class tried at every position was slower.
 */
class LineEnds {
  readonly #text: string;
  readonly #next = TERMINATOR_LIST.map(() => -2);

  constructor(text: string) {
    this.#text = text;
  }

  /** The first line start after `from`, or -1. */
  nextStart(from: number): number {
    let best = -1;
    for (let k = 0; k < TERMINATOR_LIST.length; k++) {
      let at = this.#next[k] as number;
      if (at !== -1 && at < from) {
        at = this.#text.indexOf(TERMINATOR_LIST[k] as string, from);
        this.#next[k] = at;
      }
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    return best === -1 ? -1 : best + 1;
  }
}
