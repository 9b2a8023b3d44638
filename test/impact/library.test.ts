import { expect, test } from 'vitest';
import { impactReport, needs } from '../../src/index.ts';

test('needs() from the package API', async () => {
  const report = await needs({ cwd: process.cwd(), paths: ['test/fixtures/impact/needs/removed'] });
  expect(report).toMatchObject({ api: '1.39', docker: { oldest: '18.09.0', newest: '28.5.2' } });
});

test('impactReport() from the package API', async () => {
  const report = await impactReport({
    from: { docker: '28.5' },
    to: { docker: '29.0' },
    scan: { cwd: process.cwd(), paths: ['test/fixtures/impact/report/pinned.sh'] },
  });
  expect(report.code?.items.map((item) => [item.kind, item.element, item.version])).toEqual([
    ['pin-refused', 'GET /_ping', '1.41'],
  ]);
});
