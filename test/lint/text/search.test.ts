import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractors } from '../../../src/lint/extractors/index.ts';
import { anyLiteralTest } from '../../../src/lint/text/any-literal.ts';
import { headedMatch, indexOfLiteral } from '../../../src/lint/text/find-literal.ts';
import { lineStartMatches, lineStartSearch, matchesAtLineStart } from '../../../src/lint/text/line-start.ts';
import { literalPattern } from '../../../src/lint/text/literal-pattern.ts';
import { LiteralSet } from '../../../src/lint/text/literal-set.ts';
import { fixtureTexts } from '../fixture-texts.ts';

// Each fixture as written and as a two-byte string (a bundle holding one non-Latin-1
// character), where V8 searches differently.
const texts = fixtureTexts().flatMap(({ text }) => [text, `${text}\u2603`]);
const registered = [...extractors.values()];
const enablerLists = registered.map((extractor) => extractor.enablers);
const signalLiterals = registered.flatMap((extractor) => extractor.context?.literals ?? []);

const PIECES = [
  'docker',
  'Docker',
  'DOCKER',
  '.sock',
  '/containers',
  '/info',
  '/v1.41',
  'Client(',
  'from_env(',
  'dockerode',
];
const fuzzText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES, '\n', '\r', '\u2028', ' ', '\t', 'é', '\u2603'), fc.string()), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('literal searches find what includes and indexOf find', () => {
  test('enabler patterns and sets, on every fixture', () => {
    let holding = 0;
    for (const text of texts) {
      for (const list of enablerLists) {
        const expected = list.some((literal) => text.includes(literal));
        if (expected) holding++;
        expect(literalPattern(list).test(text)).toBe(expected);
        expect(new LiteralSet(list, []).test(text)).toBe(expected);
        expect(anyLiteralTest(list)(text)).toBe(expected);
      }
      const signal = signalLiterals.some((literal) => text.includes(literal));
      expect(new LiteralSet(signalLiterals, ['docker', 'Docker', 'DOCKER']).test(text)).toBe(signal);
    }
    expect(holding).toBeGreaterThan(100);
  });

  test('indexOfLiteral is indexOf, from any offset', () => {
    fc.assert(
      fc.property(
        fuzzText,
        fc.constantFrom(...PIECES, ...signalLiterals, ...enablerLists.flat()),
        fc.nat(),
        (text, literal, from) => {
          const at = from % (text.length + 1);
          expect(indexOfLiteral(text, literal, at)).toBe(text.indexOf(literal, at));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('headedMatch is the first match of the global pattern', () => {
    const roots = literalPattern(['/containers', '/info', '/images']).source;
    const sticky = new RegExp(`(?:${roots})(?![a-z])`, 'y');
    const global = new RegExp(`(?:${roots})(?![a-z])`, 'g');
    for (const text of texts) {
      global.lastIndex = 0;
      expect(headedMatch(text, '/', sticky)).toBe(global.exec(text)?.index ?? -1);
    }
  });
});

describe('line-start patterns match where `^` in multiline mode does', () => {
  const SIGNALS: [RegExp, { pattern: RegExp; indent?: number }][] = [
    [
      /^[ \t]{0,8}(?:import docker\b|from docker(?:\.[a-z_.]{1,40})? import\b)/m,
      { pattern: /import docker\b|from docker(?:\.[a-z_.]{1,40})? import\b/, indent: 8 },
    ],
    [/^[ \t]*import[ \t]+docker\b/m, { pattern: /import[ \t]+docker\b/ }],
  ];
  const lineText = fc
    .array(
      fc.constantFrom(
        'import docker',
        'from docker import x',
        'import',
        ' ',
        '\t',
        '\n',
        '\r',
        '\u2028',
        'x',
        ' docker',
      ),
      {
        maxLength: 20,
      },
    )
    .map((parts) => parts.join(''));

  test('signals, on fixtures and random lines', () => {
    for (const [multiline, written] of SIGNALS) {
      const search = lineStartSearch(written);
      for (const text of texts) expect(matchesAtLineStart(text, search)).toBe(multiline.test(text));
      fc.assert(
        fc.property(lineText, (text) => {
          expect(matchesAtLineStart(text, search)).toBe(multiline.test(text));
        }),
        { numRuns: 3000 },
      );
    }
  });

  // The body-shape definition pattern: its trailing blanks may run over a line end.
  const DEFINITION = String.raw`[ \t]{0,40}(?:(?:const|let|var|val|my)\s{1,4})?(\$?[A-Za-z_]\w{0,60})\s{0,2}(?::\s{0,2}[\w<>[\], ?]{1,40}?)?\s{0,4}(?::=|=)(?![=>~])\s{0,4}`;
  const all = (text: string) =>
    [...text.matchAll(new RegExp(`^${DEFINITION}`, 'gm'))].map((m) => [m.index, m[0], m[1]]);
  const atStarts = (text: string) =>
    lineStartMatches(text, new RegExp(DEFINITION, 'y')).map((m) => [m.index, m[0], m[1]]);

  test('lineStartMatches is matchAll, matches over line ends included', () => {
    expect(atStarts('x =\n  y = {A: 1}\r\nz = 2\u2028w=3\r')).toEqual(
      all('x =\n  y = {A: 1}\r\nz = 2\u2028w=3\r'),
    );
    for (const text of texts) expect(atStarts(text)).toEqual(all(text));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'const ', '=', '==', ' ', '\n', '\r', '\r\n', '\u2029', '{', 'B'), {
          maxLength: 24,
        }),
        (parts) => {
          const text = parts.join('');
          expect(atStarts(text)).toEqual(all(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
