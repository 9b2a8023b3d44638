import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  bodyDefinitions,
  bodyKeys,
  DEFINITION_NEEDS,
  type PascalDefinition,
  pascalDefinitions,
} from '../../src/lint/extractors/shared/body-shape.ts';
import { fixtureTexts } from './fixture-texts.ts';

const found = (definitions: readonly PascalDefinition[]) =>
  definitions.map(({ name, valueAt }) => [name, valueAt]);

/**
 * Each search only spares line starts: what it finds must be what its reference, the `=`
 * condition alone, finds. The bracket condition keeps every PascalCase literal; the body-key
 * condition those whose first key is some operation's body key.
 */
const searches = [
  {
    name: 'the bracket condition',
    search: (text: string) => found(pascalDefinitions(text)),
    reference: (text: string) => found(pascalDefinitions(text, [DEFINITION_NEEDS])),
    least: 20,
  },
  {
    name: 'the body-key condition',
    search: (text: string) => found(bodyDefinitions(text)),
    reference: (text: string) =>
      found(pascalDefinitions(text, [DEFINITION_NEEDS], (key) => bodyKeys().has(key))),
    least: 10,
  },
];

test.each(searches)('$name finds what the = condition alone finds, on every fixture', (condition) => {
  let count = 0;
  for (const { text } of fixtureTexts()) {
    expect(condition.search(text)).toEqual(condition.reference(text));
    count += condition.search(text).length;
  }
  // The fixtures hold such definitions: the comparison is not of two empty lists.
  expect(count).toBeGreaterThan(condition.least);
});

// Definitions that run over line ends, far-off and overlapping brackets, first keys of bodies and of none.
const pieces = fc.constantFrom(
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
  '{[',
  '{ "',
  ' "Image": 1, ',
  'Cmd: [], ',
  ' "Foo": 1, ',
  'HostConfigX: 3, ',
  '}',
  ';\n',
);

test.each(searches)('$name holds on texts built of awkward pieces', (condition) => {
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(condition.search(text)).toEqual(condition.reference(text));
    }),
    { numRuns: 5000 },
  );
});

test('the body-key condition passes over PascalCase literals of other first keys, in the fixtures too', () => {
  let passedOver = 0;
  for (const { text } of fixtureTexts())
    passedOver += pascalDefinitions(text).length - bodyDefinitions(text).length;
  expect(passedOver).toBeGreaterThan(0);
});

test('a literal is a body literal by its first key, written any way', () => {
  expect(bodyKeys().has('Image')).toBe(true);
  expect(bodyKeys().has('Foo')).toBe(false);
  const names = (text: string) => bodyDefinitions(text).map(({ name }) => name);
  expect(names('const spec = {\n  "Image": "alpine",\n  "Cmd": ["true"]\n}\n')).toEqual(['spec']);
  expect(names('spec = {"Image": "alpine"}\nopts = {"Foo": 1}\n')).toEqual(['spec']);
  expect(names('body := `{\\"HostConfig\\": {}}`\n')).toEqual(['body']);
  expect(names("$spec = ['Image' => 'alpine'];\n$opts = ['Images' => 1];\n")).toEqual(['$spec']);
});

// As far from its line start as a definition's literal may open: blanks, a long name and type, a prefix.
const far = `${' '.repeat(40)}const ${'x'.repeat(61)}: Map<string, any>  = new${' '.repeat(40)}{${' '.repeat(79)}"Image": 1, Cmd: [] }\n`;

test.each(searches)('$name finds a literal that opens far from its line start', (condition) => {
  expect(condition.reference(far)).toHaveLength(1);
  expect(condition.search(far)).toEqual(condition.reference(far));
  expect(condition.search(`${'\n'.repeat(3)}${far}${far}`)).toHaveLength(2);
});
