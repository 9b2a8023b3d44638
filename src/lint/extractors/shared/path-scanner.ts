/**
 * Reads a request path written in source, from its leading `/` on: literal
 * segments, dynamic parts (`${id}`, `%s`, `{0}`, `{}`, f-string fields,
 * `" + id + "`, `$ID`, `:id`, `<id>`) and the query string. One pass, every
 * lookahead capped, so the cost is linear in the text read.
 */

/** A dynamic segment. */
export const PLACEHOLDER = '{}';

export interface ScannedPath {
  /** Segments after the leading slash; dynamic ones contain `{}`. */
  readonly segments: readonly string[];
  /** Query parameters in order of appearance, each with its offset and literal value. */
  readonly query: readonly QueryEntry[];
  /** Offset just past the last character read. */
  readonly end: number;
}

/** A query parameter written in a path: `all=1` → name `all` at its offset, value `1`. */
export interface QueryEntry {
  readonly name: string;
  readonly offset: number;
  /** The value when it is literal text (no placeholder or expression in it). */
  readonly value?: string;
  readonly valueOffset?: number;
}

/** Longest path (with query) read in one go; longer text is cut off there. */
const MAX_PATH_CHARS = 1024;
/** Longest dynamic expression skipped inside a path (`${…}`, `" + … + "`). */
const MAX_EXPRESSION_CHARS = 160;

const PATH_CHAR = /[A-Za-z0-9._~\-@]/;
const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_]/;
const FORMAT_VERB = /[sdvqxir]/;
const QUOTES = '"\'`';

export function scanPath(text: string, start: number): ScannedPath {
  const limit = Math.min(text.length, start + MAX_PATH_CHARS);
  const segments: string[] = [];
  let segment = '';
  let at = start + 1;
  while (at < limit) {
    const c = text.charAt(at);
    if (c === '/') {
      segments.push(segment);
      segment = '';
      at++;
      continue;
    }
    // `:` belongs to a segment inside it (`alpine:3.19`); at its start it is a `:id` route parameter.
    if (PATH_CHAR.test(c) || (c === ':' && segment !== '' && PATH_CHAR.test(text.charAt(at + 1)))) {
      segment += c;
      at++;
      continue;
    }
    const skipped = skipDynamic(text, at, limit, segment === '');
    if (skipped > at) {
      segment += PLACEHOLDER;
      at = skipped;
      continue;
    }
    break;
  }
  segments.push(segment);
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  if (text.charAt(at) !== '?') return { segments: segments.map(normalizeSegment), query: [], end: at };
  const query = scanQuery(text, at + 1, limit);
  return { segments: segments.map(normalizeSegment), query: query.names, end: query.end };
}

/** `abc${x}` and `{}{}` are one dynamic segment; `%2F`-escaped text stays literal. */
function normalizeSegment(segment: string): string {
  return segment.includes(PLACEHOLDER) && !/^v\{\}$/.test(segment) ? PLACEHOLDER : segment;
}

/** Returns the offset after a dynamic part starting at `at`, or `at` if there is none. */
function skipDynamic(text: string, at: number, limit: number, segmentStart: boolean): number {
  const c = text.charAt(at);
  const next = text.charAt(at + 1);
  if (c === '$' || c === '#') {
    if (next === '{' || next === '(') return skipBalanced(text, at + 1, limit);
    if (c === '$' && IDENT_START.test(next)) return skipIdentifier(text, at + 1, limit);
    return at;
  }
  if (c === '%') {
    if (FORMAT_VERB.test(next)) return at + 2;
    if (next === '+' && text.charAt(at + 2) === 'v') return at + 3;
    if (/[0-9A-Fa-f]{2}/.test(text.slice(at + 1, at + 3))) return at;
    return at;
  }
  if (c === '{') return skipBalanced(text, at, limit);
  if (segmentStart && c === ':' && IDENT_START.test(next)) return skipIdentifier(text, at + 1, limit);
  if (segmentStart && c === '<') {
    const close = text.slice(at, at + 64).indexOf('>');
    return close !== -1 && !/[\s/]/.test(text.slice(at + 1, at + close)) ? at + close + 1 : at;
  }
  // Only `"/containers/" + id`: a literal glued to an expression is not a path segment.
  if (QUOTES.includes(c) && segmentStart) return skipConcatenation(text, at, limit);
  return at;
}

function skipIdentifier(text: string, at: number, limit: number): number {
  let end = at;
  while (end < limit && IDENT_CHAR.test(text.charAt(end))) end++;
  return end;
}

/** Skips `{…}` or `(…)` with nesting, within the expression cap. */
function skipBalanced(text: string, at: number, limit: number): number {
  const open = text.charAt(at);
  const close = open === '{' ? '}' : ')';
  const end = Math.min(limit, at + MAX_EXPRESSION_CHARS);
  let depth = 0;
  for (let i = at; i < end; i++) {
    const c = text.charAt(i);
    if (c === '\n') return at;
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return at;
}

/**
 * `"/containers/" + id + "/json"`: at a closing quote followed by `+`, skips
 * the expression and, when another string follows, continues inside it.
 */
function skipConcatenation(text: string, at: number, limit: number): number {
  let i = skipSpaces(text, at + 1, limit);
  if (text.charAt(i) !== '+') return at;
  i = skipSpaces(text, i + 1, limit);
  const exprStart = i;
  const end = Math.min(limit, exprStart + MAX_EXPRESSION_CHARS);
  let depth = 0;
  while (i < end) {
    const c = text.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && !/[A-Za-z0-9_.$]/.test(c)) break;
    i++;
  }
  if (i === exprStart) return at;
  const afterExpr = skipSpaces(text, i, limit);
  if (text.charAt(afterExpr) === '+') {
    const quote = skipSpaces(text, afterExpr + 1, limit);
    if (QUOTES.includes(text.charAt(quote))) return quote + 1;
  }
  return i;
}

function skipSpaces(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i++;
  return i;
}

/** `all=1&filters=${f}&limit={}` → names with offsets, and values where they are literal. */
function scanQuery(text: string, at: number, limit: number): { names: QueryEntry[]; end: number } {
  const names: QueryEntry[] = [];
  let i = at;
  while (i < limit) {
    const nameStart = i;
    while (i < limit && /[A-Za-z0-9_.[\]-]/.test(text.charAt(i))) i++;
    if (i === nameStart) break;
    const name = text.slice(nameStart, i);
    if (text.charAt(i) === '=') {
      const valueStart = i + 1;
      i = skipQueryValue(text, valueStart, limit);
      const value = text.slice(valueStart, i);
      names.push(
        LITERAL_VALUE.test(value)
          ? { name, offset: nameStart, value: decodeValue(value), valueOffset: valueStart }
          : { name, offset: nameStart },
      );
    } else names.push({ name, offset: nameStart });
    if (text.charAt(i) !== '&') break;
    i++;
  }
  return { names, end: i };
}

/** A query value made of URL characters only: no placeholder, expression or quote. */
const LITERAL_VALUE = /^[A-Za-z0-9._~%:+-]{1,200}$/;

function decodeValue(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function skipQueryValue(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit) {
    const c = text.charAt(i);
    if (c === '&' || /[\s"'`)<>,;]/.test(c)) {
      const skipped = QUOTES.includes(c) ? skipConcatenation(text, i, limit) : i;
      if (skipped === i) return i;
      i = skipped;
      continue;
    }
    const skipped = c === '$' || c === '{' ? skipDynamic(text, i, limit, false) : i;
    i = skipped > i ? skipped : i + 1;
  }
  return i;
}
