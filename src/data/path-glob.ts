/**
 * A path glob (`*` within a segment, `**` across) as a matcher that runs in
 * time linear in path × pattern whatever the pattern: a regular expression
 * built from `*****a` backtracks exponentially (15 stars took 22 s). The
 * pattern is simulated as a set of positions, as a Thompson NFA would.
 */
type Token = { readonly kind: 'char'; readonly char: string } | { readonly kind: 'star' | 'globstar' };

export function globMatcher(pattern: string): (path: string) => boolean {
  const tokens = tokenize(pattern);
  const cache = new Map<string, boolean>();
  return (path) => {
    let known = cache.get(path);
    if (known === undefined) {
      known = matches(tokens, path);
      cache.set(path, known);
    }
    return known;
  };
}

/** A run of stars is one token: `*` alone stays in a segment, two or more cross segments. */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (const part of pattern.split(/(\*+)/)) {
    if (part === '') continue;
    if (part.startsWith('*')) tokens.push({ kind: part.length === 1 ? 'star' : 'globstar' });
    else for (const char of part) tokens.push({ kind: 'char', char });
  }
  return tokens;
}

function matches(tokens: readonly Token[], path: string): boolean {
  let states = closure(tokens, new Set([0]));
  for (const char of path) {
    const next = new Set<number>();
    for (const at of states) {
      const token = tokens[at];
      if (!token) continue;
      if (token.kind === 'char') {
        if (token.char === char) next.add(at + 1);
      } else if (token.kind === 'globstar' || char !== '/') {
        next.add(at);
      }
    }
    if (next.size === 0) return false;
    states = closure(tokens, next);
  }
  return states.has(tokens.length);
}

/** A star may match nothing: its position also stands for the one after it. */
function closure(tokens: readonly Token[], states: Set<number>): Set<number> {
  for (const at of states) {
    for (let next = at; tokens[next] !== undefined && tokens[next]?.kind !== 'char'; next++)
      states.add(next + 1);
  }
  return states;
}
