import { describe, expect, test } from 'vitest';
import { isUsageError } from '../../src/errors.ts';
import { pinRefusal, sideOf } from '../../src/impact/side.ts';

describe('sides', () => {
  test.each([
    [['1.52', undefined], { api: '1.52', minApi: '1.44', docker: { first: '29.0.0', last: '29.1.5' } }],
    [['1.41', undefined], { api: '1.41', minApi: '1.12', docker: { first: '20.10.0' } }],
    [['1.56', undefined], { api: '1.56', minApi: null, docker: null }],
    [[undefined, '29.3'], { api: '1.54', minApi: '1.40', docker: { first: '29.3.0', last: '29.3.0' } }],
    [[undefined, 'v25.0.3'], { api: '1.44', minApi: '1.24', given: '--to-docker v25.0.3' }],
  ] as const)('%j', ([api, docker], expected) => {
    expect(sideOf(api, docker, 'to')).toMatchObject(expected);
  });

  test.each([
    [['1.52', '1.41'], 'below-min'],
    [['1.52', '1.53'], 'above-max'],
    [['1.52', '1.44'], undefined],
    [['1.56', '1.12'], undefined],
  ] as const)('pin %j', ([api, pin], problem) => {
    expect(pinRefusal(sideOf(api, undefined, 'to'), pin)).toBe(problem);
  });

  test.each([
    [['1.41', '20.10'], /not both/],
    [[undefined, undefined], /name the to side/],
    [['1.12', undefined], /data covers/],
    [[undefined, '99.1'], /not a known release/],
  ] as const)('%j is a usage error', ([api, docker], message) => {
    let error: unknown;
    try {
      sideOf(api, docker, 'to');
    } catch (caught) {
      error = caught;
    }
    expect(isUsageError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});
