import { expect, test } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { releasesServing } from '../../src/matrix/index.ts';

test.each([
  [
    '1.41',
    [
      { from: '20.10.0', to: '28.5.2' },
      { from: '29.3.0', to: '29.7.2' },
    ],
    [{ from: '29.0.0', to: '29.2.1' }],
  ],
  ['1.44', [{ from: '25.0.0', to: '29.7.2' }], []],
  ['1.24', [{ from: '1.12.0', to: '28.5.2' }], [{ from: '29.0.0', to: '29.7.2' }]],
  ['1.12', [{ from: '1.12.0', to: '24.0.9' }], []],
  ['1.55', [{ from: '29.6.0', to: '29.7.2' }], []],
  ['v1.46', [{ from: '27.0.1', to: '29.7.2' }], []],
])('API %s is served by %j (and by %j when configured)', (api, servedBy, servedWhenConfigured) => {
  expect(releasesServing(api)).toMatchObject({ servedBy, servedWhenConfigured });
});

test.each(['1.56', '1.9', '2.0', 'banana', ''])('API %j outside the data is a usage error', (api) => {
  expect(() => releasesServing(api)).toThrow(UsageError);
});
