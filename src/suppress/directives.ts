/** A suppression comment found in a file. Grammar: docs/grammar/suppression.bnf. */
export interface Directive {
  readonly kind: 'next-line' | 'file';
  readonly rules: readonly string[];
  /** Empty when the comment gives none (the directive is then invalid). */
  readonly reason: string;
  /** 1-based line and column of the marker. */
  readonly line: number;
  readonly column: number;
  /** The parts that break the grammar (an unknown form, bad rule ids); such a directive suppresses nothing. */
  readonly malformed?: readonly string[];
}

const MARKER = 'docker-api-compat-ignore-';
/** What every directive starts with; a file without it has none. */
export const SUPPRESSION_MARKER = MARKER;
const COMMENT_OPENERS = ['//', '#', '/*', '<!--'];
const QUOTES = new Set(['"', "'", '`']);
const RULE_LIST =
  /^(next-line|file)[ \t]+([a-z][a-z0-9-]{0,60}(?:[ \t]*,[ \t]*[a-z][a-z0-9-]{0,60}){0,20})[ \t]*(?::[ \t]*(.*))?$/;
const RULE_ID = /^[a-z][a-z0-9-]{0,60}$/;

/**
 * Finds every suppression directive in a file's text. Only a marker inside a
 * comment counts: after a comment opener that is not inside a string literal
 * on the same line, or on a `*` line of a block comment, so a string that
 * merely contains the marker is not a directive. A marker in a comment that
 * does not follow the grammar is a directive too, marked `malformed`: it is
 * reported, never silently ignored. Linear: one indexOf scan per marker.
 */
export function findDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  const lines = lineCounter(text);
  // Searching for a CR that is not there would scan the rest of the text at every marker.
  const hasCr = text.includes('\r');
  let from = 0;
  for (;;) {
    const at = text.indexOf(MARKER, from);
    if (at < 0) return directives;
    from = at + MARKER.length;
    const lineStart = Math.max(text.lastIndexOf('\n', at), hasCr ? text.lastIndexOf('\r', at) : -1) + 1;
    const lineEnd = endOfLine(text, at, hasCr);
    if (!inComment(text.slice(lineStart, at))) continue;
    const rest = stripCloser(text.slice(at + MARKER.length, Math.min(lineEnd, at + 2000)));
    directives.push({ ...parseDirective(rest), line: lines(at), column: at - lineStart + 1 });
  }
}

type Parsed = Omit<Directive, 'line' | 'column'>;

function parseDirective(rest: string): Parsed {
  const match = RULE_LIST.exec(rest);
  if (match) {
    return {
      kind: match[1] === 'file' ? 'file' : 'next-line',
      rules: (match[2] ?? '').split(',').map((rule) => rule.trim()),
      reason: (match[3] ?? '').trim(),
    };
  }
  // Not the grammar: say which part is wrong (an unknown form, a bad or empty rule id).
  const kind = /^(next-line|file)(?![a-z0-9-])/.exec(rest)?.[1];
  if (kind === undefined) {
    const form = `${MARKER}${/^[^\s:,]*/.exec(rest)?.[0] ?? ''}`;
    return { kind: 'next-line', rules: [], reason: '', malformed: [form] };
  }
  const colon = rest.indexOf(':');
  const listed = (colon < 0 ? rest.slice(kind.length) : rest.slice(kind.length, colon)).split(',');
  const tokens = listed.map((token) => token.trim());
  const bad = tokens
    .filter((token) => !RULE_ID.test(token))
    .map((token) => (token === '' ? '(none)' : token));
  return {
    kind: kind === 'file' ? 'file' : 'next-line',
    rules: tokens.filter((token) => RULE_ID.test(token)),
    reason: colon < 0 ? '' : rest.slice(colon + 1).trim(),
    malformed: bad.length > 0 ? bad : [rest.trim()],
  };
}

/** Whether the text before a marker, on its line, opens a comment outside any string literal. */
function inComment(before: string): boolean {
  if (/^[ \t]*\*/.test(before)) return true;
  let quote: string | undefined;
  for (let index = 0; index < before.length; index++) {
    const char = before[index] as string;
    if (quote !== undefined) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (QUOTES.has(char)) {
      quote = char;
    } else if (COMMENT_OPENERS.some((opener) => before.startsWith(opener, index))) {
      return true;
    }
  }
  return false;
}

function endOfLine(text: string, at: number, hasCr: boolean): number {
  const ends = [text.indexOf('\n', at), hasCr ? text.indexOf('\r', at) : -1].filter((index) => index >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
}

function stripCloser(rest: string): string {
  const closers = ['*/', '-->'].map((closer) => rest.indexOf(closer)).filter((index) => index >= 0);
  return (closers.length > 0 ? rest.slice(0, Math.min(...closers)) : rest).trimEnd();
}

// Markers are found in increasing order, so counting line ends resumes where
// the last count stopped: one pass over the text in all. A lone CR ends a line too.
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let counted = 0;
  return (offset) => {
    for (let index = counted; index < offset; index++) {
      const char = text.charCodeAt(index);
      if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) line++;
    }
    counted = Math.max(counted, offset);
    return line;
  };
}
