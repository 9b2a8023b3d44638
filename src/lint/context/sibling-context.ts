import type { SourceFile } from '../source-file.ts';
import type { Usage } from '../usage.ts';

/**
 * A library's requests go through a helper defined once: `c.do(ctx, "POST",
 * "/containers/{}/wait")` in one file, `func (c *Client) do(…)` and the
 * socket in another. A sibling of the same package gives a file Docker
 * context when it has a Docker signal and defines the function the file's
 * requests are passed to; a folder of unrelated modules does not.
 */
export function siblingGivesContext(
  text: string,
  usages: readonly Usage[],
  siblings: () => readonly SourceFile[],
  hasSignal: (text: string) => boolean,
): boolean {
  const callees = new Set<string>();
  for (const usage of usages) {
    if (usage.kind !== 'request' || usage.anchored) continue;
    const callee = calleeBefore(text, offsetOf(text, usage.line, usage.column));
    if (callee) callees.add(callee);
  }
  if (callees.size === 0) return false;
  return siblings().some(
    (sibling) => hasSignal(sibling.text) && [...callees].some((name) => definesFunction(sibling.text, name)),
  );
}

const MAX_BACK = 300;

export function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line && at !== -1; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

/** The name of the call whose arguments hold `offset`: `do` in `c.do(ctx, "POST", "/…")`. */
export function calleeBefore(text: string, offset: number): string | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= Math.max(0, offset - MAX_BACK); i--) {
    const c = text.charAt(i);
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (c !== '(') return undefined;
      return /([A-Za-z_]\w{0,60})\s{0,2}$/.exec(text.slice(Math.max(0, i - 64), i))?.[1];
    } else if (c === ';' || (c === '\n' && depth === 0 && /^\s*$/.test(text.slice(i + 1, offset))))
      return undefined;
  }
  return undefined;
}

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'print', 'fmt', 'format', 'f']);

export function definesFunction(text: string, name: string): boolean {
  if (KEYWORDS.has(name)) return false;
  return new RegExp(
    `(?:\\bfunc\\s{0,2}(?:\\([^)\\n]{0,80}\\)\\s{0,2})?|\\bdef\\s{1,4}|\\bfunction\\s{1,4}|\\bfn\\s{1,4}|\\b(?:private|public|protected)\\s[\\w\\s<>?]{0,60}?)${name}\\s{0,2}\\(`,
  ).test(text);
}
