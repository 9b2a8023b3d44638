import fc from 'fast-check';
import { expect, test } from 'vitest';
import { DEFINITION_NEEDS, pascalDefinitions } from '../../src/lint/extractors/shared/body-shape.ts';
import { fixtureTexts } from './fixture-texts.ts';

// The bracket condition only spares line starts: what is found must be what the `=` condition alone finds.
const plain = (text: string) => pascalDefinitions(text).map(({ name, valueAt }) => [name, valueAt]);
const reference = (text: string) =>
  pascalDefinitions(text, [DEFINITION_NEEDS]).map(({ name, valueAt }) => [name, valueAt]);

test('the bracket condition finds what the = condition alone finds, on every fixture', () => {
  let found = 0;
  for (const { text } of fixtureTexts()) {
    expect(plain(text)).toEqual(reference(text));
    found += plain(text).length;
  }
  // The fixtures hold such definitions: the comparison is not of two empty lists.
  expect(found).toBeGreaterThan(20);
});

test('the bracket condition holds on definitions that run over line ends and far-off brackets', () => {
  const parts = fc.constantFrom(
    'body',
    'const ',
    ' = ',
    '=\n',
    '\n',
    '\r\n',
    ' '.repeat(39),
    '\t'.repeat(30),
    'x'.repeat(60),
    ': Map<string, any> ',
    'json!(',
    'new ',
    '"""',
    '`',
    '{',
    '[',
    ' "Image": 1, ',
    'Cmd: [], ',
    '}',
    ';\n',
  );
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      expect(plain(text)).toEqual(reference(text));
    }),
    { numRuns: 5000 },
  );
});
