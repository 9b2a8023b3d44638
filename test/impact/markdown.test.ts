import { describe, expect, test } from 'vitest';
import { buildImpactReport } from '../../src/impact/build-report.ts';
import { sideOf } from '../../src/impact/side.ts';
import { impactMarkdown } from '../../src/report/impact/markdown.ts';
import { request } from './usages.ts';

describe('markdown', () => {
  const usages = [
    request(3, 'GET /v1.41/_ping', { file: 'ops/smoke.sh' }),
    request(4, 'POST /build/prune', { query: ['keep-storage'], file: 'ops/prune.sh' }),
  ];
  const text = impactMarkdown(
    buildImpactReport({
      from: sideOf(undefined, '28.5', 'from'),
      to: sideOf(undefined, '29.0', 'to'),
      code: { files: 2, usages },
    }),
  );

  test('section one is a table naming file:line, element, version and what to do', () => {
    const rows = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Kind'));
    const cells = rows.map((row) => row.split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, '')));
    expect(cells.map((row) => row.slice(0, 4))).toEqual([
      ['pin refused', '`ops/smoke.sh:3`', '`GET /_ping`', '1.41'],
      ['removed', '`ops/prune.sh:4`', '`POST /build/prune query:keep-storage`', '1.52'],
    ]);
    expect(rows[0]).toContain('DOCKER_MIN_API_VERSION=1.41');
  });

  test('each version of section two folds into <details>', () => {
    expect(text).toContain('<summary>API 1.52:');
    expect(text.match(/<details>/g)?.length).toBe(text.match(/<\/details>/g)?.length);
    expect(text).toContain('#### `POST /build/prune` (used)');
  });
});
