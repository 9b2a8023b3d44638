import { shift } from './body-object.ts';
import { type FieldEntry, jsonFields } from './json-paths.ts';

/**
 * The fields of a literal written in any of the languages requests are
 * built in, as offsets in the file: a JSON-ish object (`{…}` in JS, Python,
 * Rust `json!`, Go `map[string]any{…}`), a Ruby hash or PHP array (`=>`),
 * a C# anonymous object (`new { Image = … }`), a Java text block. The text
 * is rewritten in place, length kept, into what `jsonFields` reads.
 */

const MAX_LITERAL_CHARS = 8192;

/** Where a literal starts at `at` (after `=`), and how to read it. */
export interface LiteralStart {
  readonly open: number;
  readonly close: number;
  readonly kind: 'object' | 'text-block';
}

/** Prefixes before the opening brace: `json!(`, `map[string]any`, `new`, `&` … */
const PREFIX =
  /^(?:json!\(\s{0,4}|map\[[\w.]{1,30}\][\w.*{}]{1,30}?\s{0,2}(?=\{)|new\s{0,40}(?=\{)|&\s{0,2})/;

export function literalAt(text: string, at: number): LiteralStart | undefined {
  return literalOpening(text, at)?.literal();
}

/** Where a literal opens at `at`; its end, a walk to the closing bracket or quote, is found on demand. */
export interface LiteralOpening {
  readonly open: number;
  literal(): LiteralStart | undefined;
}

export function literalOpening(text: string, at: number): LiteralOpening | undefined {
  const head = text.slice(at, at + 80);
  if (head.startsWith('"""')) {
    const open = at + 3;
    return {
      open,
      literal: () => {
        const close = text.indexOf('"""', at + 3);
        return close === -1 || close - at > MAX_LITERAL_CHARS
          ? undefined
          : { open, close, kind: 'text-block' };
      },
    };
  }
  // A JSON string: `\`{"Memory": %d}\``, `fmt.Sprintf("{\"Image\": …}", …)`, `'{"Name": "x"}'`.
  const quoted = /^(?:fmt\.Sprintf\(\s{0,4}|String\.format\(\s{0,4})?([`'"])\s{0,4}\{/.exec(head);
  const quote = quoted?.[1];
  if (quoted && quote) {
    const open = at + quoted[0].indexOf(quote) + 1;
    return {
      open,
      literal: () => {
        const close = closingQuote(text, open, quote);
        return close === -1 ? undefined : { open, close, kind: 'text-block' };
      },
    };
  }
  const prefix = PREFIX.exec(head);
  const open = at + (prefix ? prefix[0].length : 0);
  const c = text.charAt(open);
  if (c !== '{' && c !== '[') return undefined;
  return {
    open,
    literal: () => {
      const close = matchingClose(text, open);
      return close === -1 ? undefined : { open, close, kind: 'object' };
    },
  };
}

/** Fields of the literal, offsets in the file. */
export function literalFields(text: string, literal: LiteralStart): FieldEntry[] {
  const slice = text.slice(literal.open, literal.close + (literal.kind === 'object' ? 1 : 0));
  if (literal.kind === 'text-block') {
    const brace = slice.indexOf('{');
    return brace === -1 ? [] : jsonFields(slice.slice(brace)).map((f) => shift(f, literal.open + brace));
  }
  return jsonFields(normalize(slice)).map((field) => shift(field, literal.open));
}

/** `=>` → `: `; arrays keyed by strings → objects; `Name = value` inside `{` (C#) → `Name: value`. */
function normalize(slice: string): string {
  // Go composite-literal types (`map[string]any{`, `[]string{`) would read as arrays: blanked.
  const text = slice
    .replace(/=>/g, ': ')
    .replace(/(?:map\[[\w.]{1,30}\]|\[\])[\w.*]{1,30}(?:\{\})?(?=\s{0,2}\{)/g, (type) =>
      ' '.repeat(type.length),
    );
  const chars = text.split('');
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '[') stack.push(i);
    else if (c === ']') {
      const open = stack.pop();
      if (
        open !== undefined &&
        /^\[\s*(?:"[^"\n]{0,80}"|'[^'\n]{0,80}')\s*:/.test(text.slice(open, open + 100))
      ) {
        chars[open] = '{';
        chars[i] = '}';
      }
    }
  }
  return chars.join('').replace(/([{,]\s{0,80}[A-Z]\w{0,60}\s{0,4})=(?![=>])/g, '$1:');
}

/** The matching close of `{`/`[`/`(` at `open`, skipping strings; -1 past the cap. */
export function matchingClose(text: string, open: number): number {
  const end = Math.min(text.length, open + MAX_LITERAL_CHARS);
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = text.charAt(i);
    if (c === '"' || c === "'" || c === '`') {
      i = skipQuoted(text, i, end);
      continue;
    }
    if (c === '{' || c === '[' || c === '(') depth++;
    else if ((c === '}' || c === ']' || c === ')') && --depth === 0) return i;
  }
  return -1;
}

function closingQuote(text: string, from: number, quote: string): number {
  const end = Math.min(text.length, from + MAX_LITERAL_CHARS);
  for (let i = from; i < end; i++) {
    const c = text.charAt(i);
    if (c === '\\' && quote !== '`') i++;
    else if (c === quote) return i;
    else if (c === '\n' && quote !== '`') return -1;
  }
  return -1;
}

function skipQuoted(text: string, at: number, end: number): number {
  const quote = text.charAt(at);
  for (let i = at + 1; i < end; i++) {
    const c = text.charAt(i);
    if (c === '\\') i++;
    else if (c === quote) return i;
    else if (c === '\n' && quote !== '`') return i;
  }
  return end;
}

/** A string, number or boolean literal right at `at`. */
export function scalarAt(
  text: string,
  at: number,
): { value: string | number | boolean; end: number } | undefined {
  const c = text.charAt(at);
  if (c === '"' || c === "'") {
    const close = text.indexOf(c, at + 1);
    if (close === -1 || close - at > 200) return undefined;
    const raw = text.slice(at + 1, close);
    return /[\n$`\\]|#\{|%[sdv]/.test(raw) ? undefined : { value: raw, end: close + 1 };
  }
  const number = /^-?\d{1,15}(?![\w.])/.exec(text.slice(at, at + 20));
  if (number) return { value: Number(number[0]), end: at + number[0].length };
  const word = /^(true|false|True|False)\b/.exec(text.slice(at, at + 6));
  return word?.[1] ? { value: word[1].toLowerCase() === 'true', end: at + word[1].length } : undefined;
}
