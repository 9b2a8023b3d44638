import { describe, expect, test } from 'vitest';
import { applyCorrections, CORRECTIONS } from '../../src/diff/corrections.ts';
import { computeHistories } from '../../src/diff/history.ts';
import { spec } from './fixtures.ts';

const histories = computeHistories([
  spec('1.24', ['GET /a', 'GET /a query:q']),
  spec('1.25', ['GET /a']),
  spec('1.26', ['GET /a', 'GET /a query:q']),
]);

describe('applyCorrections', () => {
  test('replaces spans and deprecation, keeping the rest', () => {
    const [, corrected] = applyCorrections(histories, [
      {
        key: 'GET /a query:q',
        spans: [{ since: '1.24', removed: null }],
        deprecated: '1.26',
        source: 'test',
      },
    ]);
    expect(corrected).toMatchObject({
      key: 'GET /a query:q',
      since: '1.24',
      removed: null,
      deprecated: '1.26',
    });
    expect(corrected).not.toHaveProperty('history');
  });

  test('a correction for an unknown element fails loudly', () => {
    expect(() => applyCorrections(histories, [{ key: 'GET /b', source: 'test' }])).toThrow(
      /unknown elements: GET \/b/,
    );
  });

  test('every shipped correction cites a source', () => {
    for (const correction of CORRECTIONS) expect(correction.source).toMatch(/^https:\/\//);
  });
});
