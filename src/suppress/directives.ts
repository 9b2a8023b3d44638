/** A suppression comment found in a file. Grammar: docs/grammar/suppression.bnf. */
export interface Directive {
  readonly kind: 'next-line' | 'file';
  readonly rules: readonly string[];
  /** Empty when the comment gives none (the directive is then invalid). */
  readonly reason: string;
  /** 1-based line and column of the marker. */
  readonly line: number;
  readonly column: number;
}

const MARKER = 'docker-api-compat-ignore-';
/** What every directive starts with; a file without it has none. */
export const SUPPRESSION_MARKER = MARKER;
const COMMENT_OPENERS = ['//', '#', '/*', '<!--', '*'];
const RULE_LIST =
  /^(next-line|file)[ \t]+([a-z][a-z0-9-]{0,60}(?:[ \t]*,[ \t]*[a-z][a-z0-9-]{0,60}){0,20})[ \t]*(?::[ \t]*(.*))?$/;

/**
 * Finds every suppression directive in a file's text. Only text after a
 * comment opener on the same line counts, so a string that merely contains
 * the marker is not a directive. Linear: one indexOf scan per marker.
 */
export function findDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  const lines = lineCounter(text);
  let from = 0;
  for (;;) {
    const at = text.indexOf(MARKER, from);
    if (at < 0) return directives;
    from = at + MARKER.length;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    const before = text.slice(lineStart, at);
    if (!COMMENT_OPENERS.some((opener) => before.includes(opener))) continue;
    const rest = stripCloser(text.slice(at + MARKER.length, Math.min(lineEnd, at + 2000)).replace(/\r$/, ''));
    const match = RULE_LIST.exec(rest);
    if (!match) continue;
    directives.push({
      kind: match[1] === 'file' ? 'file' : 'next-line',
      rules: (match[2] ?? '').split(',').map((rule) => rule.trim()),
      reason: (match[3] ?? '').trim(),
      line: lines(at),
      column: at - lineStart + 1,
    });
  }
}

function stripCloser(rest: string): string {
  const closers = ['*/', '-->'].map((closer) => rest.indexOf(closer)).filter((index) => index >= 0);
  return (closers.length > 0 ? rest.slice(0, Math.min(...closers)) : rest).trimEnd();
}

// Markers are found in increasing order, so counting newlines resumes where
// the last count stopped: one pass over the text in all.
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let counted = 0;
  return (offset) => {
    for (
      let index = text.indexOf('\n', counted);
      index >= 0 && index < offset;
      index = text.indexOf('\n', index + 1)
    ) {
      line++;
      counted = index + 1;
    }
    return line;
  };
}
