import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CODE_SYNTAX,
  type CodeSyntax,
  DOCKER_WRITTEN,
} from '../../../src/lint/extractors/docker-cli/regions/code.ts';
import { type Literal, LiteralTable } from '../../../src/lint/extractors/docker-cli/regions/literals.ts';
import { fixtureTexts } from '../fixture-texts.ts';

/**
 * The specification: the per-character reading the table replaced. The
 * table, driven by sticky patterns and decoding on demand, must find the
 * same literals with the same values and offsets.
 */
function referenceLiterals(text: string, syntax: CodeSyntax, start: number, end: number): Literal[] {
  const out: Literal[] = [];
  let i = start;
  while (i < end) {
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
    if (c === '"' || c === "'" || (c === '`' && syntax.backtick !== 'none')) {
      const triple = syntax.tripleQuotes && text.startsWith(c.repeat(3), i);
      const literal = referenceLiteral(
        text,
        i,
        triple ? c.repeat(3) : c,
        c === '`' ? syntax.backtick : 'none',
      );
      out.push(literal);
      i = literal.end;
      continue;
    }
    i++;
  }
  return out;
}

function referenceLiteral(
  text: string,
  start: number,
  quote: string,
  backtick: 'raw' | 'template' | 'none',
): Literal {
  const chars: string[] = [];
  const offsets: number[] = [];
  let interpolated = start > 0 && /[fF]/.test(text[start - 1] ?? '') && /[^\w]/.test(text[start - 2] ?? ' ');
  let i = start + quote.length;
  while (i < text.length) {
    if (text.startsWith(quote, i))
      return { start, end: i + quote.length, value: chars.join(''), offsets, interpolated };
    const c = text[i] ?? '';
    if (quote.length === 1 && c === '\n' && quote !== '`') break;
    if (c === '\\' && backtick !== 'raw') {
      const escaped = text[i + 1] ?? '';
      chars.push(escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped);
      offsets.push(i + 1);
      i += 2;
      continue;
    }
    if (backtick === 'template' && c === '$' && text[i + 1] === '{') interpolated = true;
    chars.push(c);
    offsets.push(i);
    i++;
  }
  return { start, end: i, value: chars.join(''), offsets, interpolated };
}

const tableLiterals = (text: string, syntax: CodeSyntax, start: number, end: number): Literal[] => {
  const table = new LiteralTable(text, syntax, start, end);
  return Array.from({ length: table.length }, (_, k) => {
    const { start: s, end: e, value, offsets, interpolated } = table.literal(k);
    return { start: s, end: e, value, offsets: [...offsets], interpolated };
  });
};

const SYNTAXES = Object.entries(CODE_SYNTAX);
const texts = fixtureTexts();

// Pieces that drive every branch of the reading: quotes of each kind, escapes, comments, templates.
const PIECES = [
  '"',
  "'",
  '`',
  '"""',
  "'''",
  '\\',
  '\n',
  '\r\n',
  '${',
  '{',
  '}',
  '$',
  '#',
  '//',
  '/*',
  '*/',
  'f',
  'F',
];
const WORDS = [
  'docker',
  'd\\ocker',
  'docker\\t',
  'docker.exe',
  'sudo ',
  'run',
  ' ',
  ',',
  '(',
  ')',
  '[',
  ']',
  'é',
  'x',
];
const fuzzText = fc
  .array(fc.constantFrom(...PIECES, ...WORDS), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('LiteralTable reads literals as the per-character reading did', () => {
  test('every fixture file, in every code syntax', () => {
    expect(texts.length).toBeGreaterThan(100);
    let literals = 0;
    for (const { path, text } of texts) {
      for (const [name, syntax] of SYNTAXES) {
        const expected = referenceLiterals(text, syntax, 0, text.length);
        literals += expected.length;
        expect(tableLiterals(text, syntax, 0, text.length), `${path} as ${name}`).toEqual(expected);
      }
    }
    expect(literals).toBeGreaterThan(10_000);
  });

  test('random mixes of quotes, escapes and comments, from any start to any end', () => {
    fc.assert(
      fc.property(fuzzText, fc.nat(), fc.nat(), fc.constantFrom(...SYNTAXES), (text, a, b, [, syntax]) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(tableLiterals(text, syntax, start, end)).toEqual(referenceLiterals(text, syntax, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  test('edges: an escape at the very end, unterminated bodies, triple quotes, templates', () => {
    const cases: [string, CodeSyntax][] = [
      ['"abc\\', CODE_SYNTAX.js as CodeSyntax],
      ["'abc", CODE_SYNTAX.py as CodeSyntax],
      ['"""a""""', CODE_SYNTAX.py as CodeSyntax],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
      ['`a${b}\\${c}`', CODE_SYNTAX.js as CodeSyntax],
      ['`raw\\`', CODE_SYNTAX.go as CodeSyntax],
      ['f"{x}" "a\nb"', CODE_SYNTAX.py as CodeSyntax],
    ];
    for (const [text, syntax] of cases)
      expect(tableLiterals(text, syntax, 0, text.length)).toEqual(
        referenceLiterals(text, syntax, 0, text.length),
      );
  });
});

/** What the command-line tests ask of a literal; each needs docker written in its body (DOCKER_WRITTEN). */
function mayBeCommand(text: string, literal: Literal): boolean {
  const argv = /^(?:\S*\/)?docker(?:\.exe)?$/.test(literal.value) && /^\s*,/.test(text.slice(literal.end));
  const shell =
    /\bdocker\s/.test(literal.value) || /^(?:sudo\s+)?(?:[A-Z_]+=\S+\s+)*docker\s/.test(literal.value);
  return argv || shell;
}

function writtenIn(text: string, from: number, to: number): boolean {
  const written = new RegExp(DOCKER_WRITTEN);
  written.lastIndex = from;
  const match = written.exec(text);
  return match !== null && match.index < to;
}

describe('DOCKER_WRITTEN never passes over a literal a command line can start with', () => {
  const check = (text: string, syntax: CodeSyntax): number => {
    const table = new LiteralTable(text, syntax, 0, text.length);
    let commands = 0;
    for (let k = 0; k < table.length; k++) {
      if (!mayBeCommand(text, table.literal(k))) continue;
      commands++;
      const { from, to } = table.body(k);
      expect(writtenIn(text, from, to), `${JSON.stringify(table.literal(k).value)} at ${from}`).toBe(true);
    }
    return commands;
  };

  test('every fixture file, in every code syntax', () => {
    let commands = 0;
    for (const { text } of texts) for (const [, syntax] of SYNTAXES) commands += check(text, syntax);
    expect(commands).toBeGreaterThan(100);
  });

  test('random literals, escapes inside the name included', () => {
    fc.assert(
      fc.property(fuzzText, fc.constantFrom(...SYNTAXES), (text, [, syntax]) => {
        check(text, syntax);
      }),
      { numRuns: 20_000 },
    );
  });
});
