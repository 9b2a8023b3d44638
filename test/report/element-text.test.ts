import { expect, test } from 'vitest';
import { describeShapeChange, describeSince } from '../../src/report/element-text.ts';

const data = { versions: ['1.24', '1.25', '1.56'], unreleased: ['1.56'] };

test.each([
  ['1.24', '1.24 or earlier'],
  ['1.25', '1.25'],
  ['1.56', '1.56 (unreleased)'],
])('since %s reads "%s"', (version, text) => {
  expect(describeSince(version, data)).toBe(text);
});

test.each([
  [{ version: '1.30', field: 'type', from: 'string', to: 'integer' }, 'type string → integer'],
  [{ version: '1.30', field: 'format', from: null, to: 'int64' }, 'format (none) → int64'],
  [{ version: '1.30', field: 'required', from: false, to: true }, 'now required'],
  [{ version: '1.30', field: 'nullable', from: true, to: false }, 'no longer nullable'],
] as const)('%j reads "%s"', (change, text) => {
  expect(describeShapeChange(change)).toBe(text);
});
