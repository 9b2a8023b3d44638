import type { CodeSyntax } from './code.ts';

/** A string literal in source code. */
export interface Literal {
  /** Offset of the opening quote (after any prefix such as `f`). */
  readonly start: number;
  /** Offset after the closing quote. */
  readonly end: number;
  readonly value: string;
  /** File offset of each character of `value`. */
  readonly offsets: readonly number[];
  readonly interpolated: boolean;
}

/**
 * Every string literal outside comments of `text[start, end)`, in order (a
 * literal may run past `end`). Large files hold tens of thousands of
 * literals and a command line needs only a few, so the table keeps numbers
 * (no object per literal) and decodes a literal's value on first use.
 * Scanning is driven by sticky patterns: the engine skips to the next quote
 * or comment start and through a literal's body, where a loop over every
 * character in JS cost more than reading the file.
 */
export class LiteralTable {
  readonly #text: string;
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  /** Where the body starts and where its decoding stops. */
  readonly #bodies: number[] = [];
  readonly #bodyEnds: number[] = [];
  /** Bit 1: escapes are read in the body; bit 2: a `${` occurs in a template body. */
  readonly #flags: number[] = [];
  readonly #decoded = new Map<number, Literal>();

  constructor(text: string, syntax: CodeSyntax, start: number, end: number) {
    this.#text = text;
    scan(this, text, syntax, start, end);
  }

  get length(): number {
    return this.#starts.length;
  }

  start(k: number): number {
    return this.#starts[k] ?? 0;
  }

  end(k: number): number {
    return this.#ends[k] ?? 0;
  }

  /** The body's range as written, escapes undecoded. */
  body(k: number): { readonly from: number; readonly to: number; readonly escapes: boolean } {
    return {
      from: this.#bodies[k] ?? 0,
      to: this.#bodyEnds[k] ?? 0,
      escapes: ((this.#flags[k] ?? 0) & 1) !== 0,
    };
  }

  literal(k: number): Literal {
    let literal = this.#decoded.get(k);
    if (!literal) {
      literal = this.#decode(k);
      this.#decoded.set(k, literal);
    }
    return literal;
  }

  add(start: number, end: number, body: number, bodyEnd: number, flags: number): void {
    this.#starts.push(start);
    this.#ends.push(end);
    this.#bodies.push(body);
    this.#bodyEnds.push(bodyEnd);
    this.#flags.push(flags);
  }

  #decode(k: number): Literal {
    const text = this.#text;
    const start = this.start(k);
    const flags = this.#flags[k] ?? 0;
    const escapes = (flags & 1) !== 0;
    const chars: string[] = [];
    const offsets: number[] = [];
    const to = this.#bodyEnds[k] ?? 0;
    for (let i = this.#bodies[k] ?? 0; i < to; ) {
      const c = text[i] ?? '';
      if (c === '\\' && escapes) {
        const escaped = text[i + 1] ?? '';
        chars.push(escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped);
        offsets.push(i + 1);
        i += 2;
        continue;
      }
      chars.push(c);
      offsets.push(i);
      i++;
    }
    // `f"…"` (Python f-strings): the prefix letter, itself not part of a word.
    const prefixed = start > 0 && /[fF]/.test(text[start - 1] ?? '') && /[^\w]/.test(text[start - 2] ?? ' ');
    return {
      start,
      end: this.end(k),
      value: chars.join(''),
      offsets,
      interpolated: prefixed || (flags & 2) !== 0,
    };
  }
}

interface Body {
  readonly pattern: RegExp;
  readonly escapes: boolean;
}

interface Scanner {
  /** Skips to the next character that may open a comment or a literal. */
  readonly skip: RegExp;
  /** Body patterns by opening quote: consume up to the closing quote, a breaking newline, an escape at the text's end, or `${`. */
  readonly bodies: ReadonlyMap<string, Body>;
}

const scanners = new WeakMap<CodeSyntax, Scanner>();

function scannerOf(syntax: CodeSyntax): Scanner {
  let scanner = scanners.get(syntax);
  if (!scanner) {
    const quotes = syntax.backtick === 'none' ? ['"', "'"] : ['"', "'", '`'];
    const heads = new Set([...syntax.comments.map((m) => m[0] ?? ''), ...quotes]);
    if (syntax.blockComments) heads.add('/');
    heads.delete('');
    const bodies = new Map<string, Body>();
    for (const quote of quotes) {
      const mode = quote === '`' ? syntax.backtick : 'none';
      const escapes = mode !== 'raw';
      bodies.set(quote, { pattern: bodyPattern(quote, mode), escapes });
      if (syntax.tripleQuotes)
        bodies.set(quote.repeat(3), { pattern: bodyPattern(quote.repeat(3), mode), escapes });
    }
    scanner = { skip: new RegExp(`[^${[...heads].map(classChar).join('')}]*`, 'y'), bodies };
    scanners.set(syntax, scanner);
  }
  return scanner;
}

/**
 * A body as the per-character reading had it: a backslash escapes the next
 * character (not in raw strings), a one-character quote other than a
 * backtick ends at a newline, a template notes `${`.
 */
function bodyPattern(quote: string, mode: 'raw' | 'template' | 'none'): RegExp {
  const q = classChar(quote[0] as string);
  const stops = [q];
  const parts: string[] = [];
  if (mode !== 'raw') {
    stops.push('\\\\');
    parts.push('\\\\[\\s\\S]');
  }
  if (quote.length === 1 && quote !== '`') stops.push('\\n');
  if (mode === 'template') {
    stops.push('$');
    parts.push('\\$(?!\\{)');
  }
  if (quote.length > 1) parts.push(`${q}(?!${q}{${quote.length - 1}})`);
  return new RegExp(`(?:[^${stops.join('')}]+|${parts.join('|') || '(?!)'})*`, 'y');
}

const classChar = (c: string): string => (/[\\\]^-]/.test(c) ? `\\${c}` : c);

function scan(table: LiteralTable, text: string, syntax: CodeSyntax, start: number, end: number): void {
  const { skip, bodies } = scannerOf(syntax);
  let i = start;
  while (i < end) {
    skip.lastIndex = i;
    skip.test(text);
    i = skip.lastIndex;
    if (i >= end) break;
    const c = text[i] ?? '';
    if (syntax.comments.some((m) => text.startsWith(m, i))) {
      const lineEnd = text.indexOf('\n', i);
      i = lineEnd === -1 ? text.length : lineEnd;
      continue;
    }
    if (syntax.blockComments && c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
      continue;
    }
    const triple = c + c + c;
    const quote = bodies.has(triple) && text.startsWith(triple, i) ? triple : c;
    const body = bodies.get(quote);
    if (!body) {
      i++;
      continue;
    }
    i = readBody(table, text, i, quote, body);
  }
}

/** Adds the literal opening at `start`; returns where scanning resumes. */
function readBody(table: LiteralTable, text: string, start: number, quote: string, body: Body): number {
  const from = start + quote.length;
  const { pattern } = body;
  let flags = body.escapes ? 1 : 0;
  let at = from;
  for (;;) {
    pattern.lastIndex = at;
    pattern.test(text);
    at = pattern.lastIndex;
    const c = text[at];
    if (c === '$') {
      // Only a template body stops at a `$`, and only before `{`.
      flags |= 2;
      at++;
      continue;
    }
    if (c === undefined) break;
    if (c === '\\') {
      // An escape at the very end: the reading steps over the missing character.
      at += 2;
      break;
    }
    if (c === '\n' && quote.length === 1 && quote !== '`') {
      table.add(start, at, from, at, flags);
      return at;
    }
    table.add(start, at + quote.length, from, at, flags);
    return at + quote.length;
  }
  table.add(start, at, from, Math.min(at, text.length), flags);
  return at;
}
