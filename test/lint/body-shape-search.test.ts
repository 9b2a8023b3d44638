import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  bodyDefinitions,
  bodyKeys,
  DEFINITION_NEEDS,
  pascalDefinitions,
} from '../../src/lint/extractors/shared/body-shape.ts';
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

// Shapes are read only from literals whose first key is a body key: skipping the line starts near no
// such literal must find what the `=` condition alone finds, less the literals of other first keys.
const bodies = (text: string) => bodyDefinitions(text).map(({ name, valueAt }) => [name, valueAt]);
const bodyReference = (text: string) =>
  pascalDefinitions(text, [DEFINITION_NEEDS], (key) => bodyKeys().has(key)).map(({ name, valueAt }) => [
    name,
    valueAt,
  ]);

test('the body-key condition finds what the = condition alone finds of body literals, on every fixture', () => {
  let found = 0;
  let passedOver = 0;
  for (const { text } of fixtureTexts()) {
    expect(bodies(text)).toEqual(bodyReference(text));
    found += bodies(text).length;
    passedOver += plain(text).length - bodies(text).length;
  }
  expect(found).toBeGreaterThan(10);
  // Some PascalCase literals start with a key no body has: the condition passes them over.
  expect(passedOver).toBeGreaterThan(0);
});

test('the body-key condition holds on definitions that run over line ends, far-off and overlapping brackets', () => {
  const parts = fc.constantFrom(
    'body',
    'const ',
    ' = ',
    '=\n',
    '\n',
    ' '.repeat(39),
    'x'.repeat(60),
    '"""',
    '{',
    '[',
    '{[',
    '{ "',
    ' "Image": 1, ',
    'Cmd: [], ',
    ' "Foo": 1, ',
    'Other: 2, ',
    'HostConfigX: 3, ',
    '}',
    ';\n',
  );
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      expect(bodies(text)).toEqual(bodyReference(text));
    }),
    { numRuns: 5000 },
  );
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
