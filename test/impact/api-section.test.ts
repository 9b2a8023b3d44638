import { describe, expect, test } from 'vitest';
import { buildImpactReport } from '../../src/impact/build-report.ts';
import { sideOfApi } from '../../src/impact/side.ts';
import { request } from './usages.ts';

const report = (from: string, to: string, options: { onlyUsed?: boolean; used?: boolean } = {}) =>
  buildImpactReport({
    from: sideOfApi(from, '--from'),
    to: sideOfApi(to, '--to'),
    ...(options.used && {
      code: { files: 1, usages: [request(1, 'POST /images/{}/push'), request(2, 'GET /images/json')] },
    }),
    ...(options.onlyUsed !== undefined && { onlyUsed: options.onlyUsed }),
  });

describe('section two: every API change between the versions', () => {
  test('grouped by version in order, then endpoint', () => {
    const found = report('1.42', '1.44');
    expect(found.direction).toBe('upgrade');
    expect(found.code).toBeNull();
    expect(found.api.versions.map((step) => step.version)).toEqual(['1.43', '1.44']);
    const images = found.api.versions[1]?.endpoints.find((entry) => entry.endpoint === 'GET /images/json');
    expect(images).toMatchObject({ removed: ['GET /images/json response:[].VirtualSize'], used: false });
    const endpoints = found.api.versions[0]?.endpoints.map((entry) => entry.endpoint) ?? [];
    expect(endpoints).toEqual([...endpoints].sort());
  });

  test('a downgrade lists the versions left behind, newest first', () => {
    const found = report('1.44', '1.41');
    expect(found.direction).toBe('downgrade');
    expect(found.api.versions.map((step) => step.version)).toEqual(['1.44', '1.43', '1.42']);
  });

  test('shape changes carry field, from and to', () => {
    const step = report('1.51', '1.52').api.versions[0];
    const connect = step?.endpoints.find((entry) => entry.endpoint === 'POST /networks/{id}/connect');
    expect(connect?.changed).toContainEqual({
      element: 'POST /networks/{id}/connect body:Container',
      changes: [{ field: 'required', from: false, to: true }],
    });
  });

  test('--only-used keeps the endpoints the code uses', () => {
    const all = report('1.42', '1.44', { used: true });
    const only = report('1.42', '1.44', { used: true, onlyUsed: true });
    const endpoints = (r: typeof all) =>
      new Set(r.api.versions.flatMap((s) => s.endpoints.map((e) => e.endpoint)));
    expect(endpoints(all).size).toBeGreaterThan(endpoints(only).size);
    expect([...endpoints(only)]).toEqual(['GET /images/json']);
    expect(only.api.versions.flatMap((s) => s.endpoints).every((e) => e.used)).toBe(true);
  });

  test('the same version on both sides changes nothing', () => {
    expect(report('1.44', '1.44')).toMatchObject({ direction: 'same', api: { versions: [] } });
  });

  test('the timeline marks the span and names the releases', () => {
    const line = report('1.44', '1.41').timeline;
    expect(line.filter((entry) => entry.inSpan).map((entry) => entry.api)).toEqual([
      '1.41',
      '1.42',
      '1.43',
      '1.44',
    ]);
    expect(line.find((entry) => entry.mark === 'from')).toMatchObject({ api: '1.44', docker: '25.0.0' });
    expect(line.find((entry) => entry.mark === 'to')).toMatchObject({ api: '1.41', docker: '20.10.0' });
  });
});
