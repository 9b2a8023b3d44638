import type { LiteralValue } from '../../usage.ts';

/**
 * Field paths of a JSON-ish request body: `{"HostConfig":{"Mounts":[{"Type":…}]}}`
 * → `HostConfig`, `HostConfig.Mounts`, `HostConfig.Mounts[].Type`, each with
 * the offset of its key and the literal value written for it. Tolerant of
 * what shells, templates and host languages put in bodies (`$VAR` values,
 * single quotes, unquoted keys, trailing commas, `\"`-escaped JSON inside a
 * string); one pass, no recursion.
 */

const MAX_BODY_CHARS = 64 * 1024;

/** One key written in a body, in source order. */
export interface FieldEntry {
  readonly path: string;
  /** Offset of the key's first character (its opening quote, if quoted). */
  readonly offset: number;
  /** A string, number or boolean written as the key's value. */
  readonly value?: LiteralValue;
  readonly valueOffset?: number;
}

interface Frame {
  readonly kind: 'object' | 'array';
  readonly prefix: string;
}

export function jsonFields(body: string): FieldEntry[] {
  const text = body.length > MAX_BODY_CHARS ? body.slice(0, MAX_BODY_CHARS) : body;
  const fields: FieldEntry[] = [];
  const stack: Frame[] = [];
  let pendingKey: string | undefined;
  let pending: { path: string; offset: number } | undefined;
  let i = 0;
  const takeKey = (key: string, offset: number, end: number): number => {
    const top = stack.at(-1) as Frame;
    pendingKey = key;
    pending = { path: join(top.prefix, key), offset };
    const colon = skipSpaces(text, end);
    const literal = readLiteral(text, valueStart(text, skipSpaces(text, colon + 1)));
    if (literal) {
      fields.push({ ...pending, value: literal.value, valueOffset: literal.start });
      pending = undefined;
      return literal.end;
    }
    return colon + 1;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    const top = stack.at(-1);
    if (c === '{' || c === '[') {
      if (pending) fields.push(pending);
      pending = undefined;
      const prefix = childPrefix(top, pendingKey);
      stack.push({ kind: c === '{' ? 'object' : 'array', prefix: c === '[' ? `${prefix}[]` : prefix });
      pendingKey = undefined;
      i++;
    } else if (c === '}' || c === ']') {
      if (pending) fields.push(pending);
      pending = undefined;
      stack.pop();
      pendingKey = undefined;
      i++;
    } else if (isQuote(text, i)) {
      const end = skipString(text, i);
      if (top?.kind === 'object' && pendingKey === undefined && nextNonSpace(text, end) === ':') {
        i = takeKey(text.slice(i + quoteLength(text, i), end - quoteLength(text, i)), i, end);
      } else {
        pendingKey = undefined;
        i = end;
      }
    } else if (top?.kind === 'object' && pendingKey === undefined && /[A-Za-z_]/.test(c)) {
      let end = i;
      while (end < text.length && /[A-Za-z0-9_]/.test(text.charAt(end))) end++;
      i = nextNonSpace(text, end) === ':' ? takeKey(text.slice(i, end), i, end) : end;
    } else {
      if (c === ',') {
        if (pending) fields.push(pending);
        pending = undefined;
        pendingKey = undefined;
      }
      i++;
    }
  }
  if (pending) fields.push(pending);
  return fields;
}

/** The distinct paths of a body, sorted. */
export function jsonFieldPaths(body: string): string[] {
  return [...new Set(jsonFields(body).map((field) => field.path))].sort();
}

/** `options.mode ?? 'private'`, `mode || "host"`: a fallback literal is the value most code sends. */
const FALLBACK = /^[\w.$]{1,80}\s{0,2}(?:\?\?|\|\|)\s{0,2}/;

function valueStart(text: string, at: number): number {
  const fallback = FALLBACK.exec(text.slice(at, at + 100));
  return fallback ? at + fallback[0].length : at;
}

/** A string, number or boolean literal at `at`, or undefined. */
function readLiteral(
  text: string,
  at: number,
): { value: LiteralValue; start: number; end: number } | undefined {
  if (isQuote(text, at)) {
    const end = skipString(text, at);
    const length = quoteLength(text, at);
    const raw = text.slice(at + length, end - length);
    if (/[$`]|\\[^"\\/]|%[sdv]|\{\{|\$\{/.test(raw)) return undefined;
    return { value: raw.replace(/\\(["\\/])/g, '$1'), start: at, end };
  }
  const number = /^-?\d{1,15}(?:\.\d{1,15})?(?![\w.])/.exec(text.slice(at, at + 32));
  if (number) return { value: Number(number[0]), start: at, end: at + number[0].length };
  for (const word of ['true', 'false', 'True', 'False'] as const) {
    if (text.startsWith(word, at) && !/[\w]/.test(text.charAt(at + word.length))) {
      return { value: word.toLowerCase() === 'true', start: at, end: at + word.length };
    }
  }
  return undefined;
}

function childPrefix(top: Frame | undefined, key: string | undefined): string {
  if (!top) return '';
  if (top.kind === 'array') return top.prefix;
  return key === undefined ? top.prefix : join(top.prefix, key);
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : prefix.endsWith('[]') && key === '' ? prefix : `${prefix}.${key}`;
}

/** `"`, `'`, or the `\"` of JSON escaped inside a host-language string. */
function isQuote(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c === '"' || c === "'" || (c === '\\' && text.charAt(at + 1) === '"');
}

function quoteLength(text: string, at: number): number {
  return text.charAt(at) === '\\' ? 2 : 1;
}

function skipString(text: string, start: number): number {
  if (text.charAt(start) === '\\') {
    const close = text.indexOf('\\"', start + 2);
    return close === -1 || text.slice(start, close).includes('\n') ? start + 2 : close + 2;
  }
  const quote = text.charAt(start);
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return i;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

function nextNonSpace(text: string, at: number): string {
  return text.charAt(skipSpaces(text, at));
}
