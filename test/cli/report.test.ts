import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ImpactReport } from '../../src/impact/report-types.ts';
import { runCli } from '../helpers/run-cli.ts';

const CODE = 'test/fixtures/impact/report';

async function json(args: string[]): Promise<ImpactReport> {
  const result = await runCli(['report', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ImpactReport;
}

const summary = (report: ImpactReport) =>
  report.code?.items.map((item) => [
    item.kind,
    item.file.replace(`${CODE}/`, ''),
    item.line,
    item.element,
    item.version,
  ]);

describe('report', () => {
  test('upgrade 1.41 → 1.52 on the fixture: every kind of item, by file:line', async () => {
    const report = await json(['--from', '1.41', '--to', '1.52', CODE]);
    expect(report.direction).toBe('upgrade');
    expect(report.to).toMatchObject({ api: '1.52', minApi: '1.44', docker: { first: '29.0.0' } });
    expect(summary(report)).toEqual([
      ['pin-refused', 'agent.env', 2, 'DOCKER_API_VERSION', '1.43'],
      ['pin-refused', 'pinned.sh', 3, 'GET /_ping', '1.41'],
      ['removed', 'build-cache.sh', 4, 'POST /build/prune query:keep-storage', '1.52'],
      ['removed', 'containers.sh', 5, 'POST /containers/create body:HostConfig.KernelMemory', '1.42'],
      ['changed', 'containers.sh', 7, 'POST /networks/{id}/connect body:Container', '1.52'],
      ['enum-changed', 'containers.sh', 5, 'POST /containers/create body:HostConfig.Mounts[].Type', '1.42'],
      ['enum-changed', 'containers.sh', 5, 'POST /containers/create body:HostConfig.Mounts[].Type', '1.48'],
      // Behaviour facts of the effective layer: changes the changelog calls unversioned.
      ['behaviour', 'containers.sh', 5, 'POST /containers/create', '1.42'],
      ['behaviour', 'containers.sh', 5, 'POST /containers/create', '1.44'],
      ['behaviour', 'containers.sh', 7, 'POST /networks/{id}/connect', '1.44'],
      ['available', 'build-cache.sh', 5, 'POST /build/prune query:reserved-space', '1.48'],
      ['pin-accepted', 'pinned.sh', 4, 'GET /info', '1.48'],
    ]);
    expect(report.code?.items.find((item) => item.kind === 'behaviour')).toMatchObject({
      fact: 'unversioned-change',
      source: expect.stringMatching(
        /^api\/docs\/CHANGELOG\.md:\d+@b985e2313a8676e18072b442911fc8f64f17d440$/,
      ),
    });
  });

  test('a real deprecation: keep-storage moving from 1.47 to 1.48', async () => {
    const report = await json(['--from', '1.47', '--to', '1.48', `${CODE}/build-cache.sh`]);
    expect(summary(report)).toEqual([
      ['deprecated', 'build-cache.sh', 4, 'POST /build/prune query:keep-storage', '1.48'],
      ['available', 'build-cache.sh', 5, 'POST /build/prune query:reserved-space', '1.48'],
    ]);
  });

  test('moving to Docker 29.0 with a /v1.41/ pin; 29.3 serves it again', async () => {
    const to29 = await json(['--from-docker', '28.5', '--to-docker', '29.0', `${CODE}/pinned.sh`]);
    expect(to29.code?.items).toEqual([
      expect.objectContaining({
        kind: 'pin-refused',
        element: 'GET /_ping',
        problem: 'below-min',
        limit: '1.44',
      }),
    ]);
    const to293 = await json(['--from-docker', '28.5', '--to-docker', '29.3', `${CODE}/pinned.sh`]);
    expect(to293.code?.items).toEqual([]);
  });

  test('a downgrade: what the code loses going from 1.48 to 1.47', async () => {
    const report = await json(['--from', '1.48', '--to', '1.47', `${CODE}/build-cache.sh`]);
    expect(report.direction).toBe('downgrade');
    expect(summary(report)).toEqual([
      ['unavailable', 'build-cache.sh', 5, 'POST /build/prune query:reserved-space', '1.48'],
    ]);
  });

  test('without paths: the API-level report alone', async () => {
    const report = await json(['--from', '1.43', '--to', '1.44']);
    expect(report.code).toBeNull();
    const images = report.api.versions[0]?.endpoints.find((entry) => entry.endpoint === 'GET /images/json');
    expect(images?.removed).toEqual(['GET /images/json response:[].VirtualSize']);
  });

  test('--only-used keeps the endpoints the code uses', async () => {
    const report = await json(['--from', '1.41', '--to', '1.52', CODE, '--only-used']);
    const endpoints = new Set(
      report.api.versions.flatMap((step) => step.endpoints.map((entry) => entry.endpoint)),
    );
    // GET /_ping is used too, but did not change between 1.41 and 1.52.
    expect([...endpoints].sort()).toEqual([
      'GET /info',
      'POST /build/prune',
      'POST /containers/create',
      'POST /networks/{id}/connect',
    ]);
  });

  test('markdown is the default; html goes to --output as one file', async () => {
    const markdown = await runCli(['report', '--from', '1.41', '--to', '1.44', CODE]);
    expect(markdown.stdout).toMatch(/^## Docker Engine API: upgrade 1\.41 → 1\.44\n/);
    const dir = mkdtempSync(join(tmpdir(), 'impact-report-'));
    try {
      const file = join(dir, 'report.html');
      const html = await runCli([
        'report',
        '--from',
        '1.41',
        '--to',
        '1.44',
        CODE,
        '--format',
        'html',
        '-o',
        file,
      ]);
      expect(html).toMatchObject({ code: 0, stdout: '' });
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^<!doctype html>/);
      expect(text).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|https?:\/\//);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [['report', '--to', '1.44'], /name the from side/],
    [['report', '--from', '1.41'], /name the to side/],
    [['report', '--from', '1.41', '--from-docker', '20.10', '--to', '1.44'], /not both/],
    [['report', '--from', '1.12', '--to', '1.44'], /data covers/],
    [['report', '--from', '1.41', '--to-docker', '99.0'], /not a known release/],
    [['report', '--from', '1.41', '--to', '1.44', '--format', 'pdf'], /unknown format/],
    [['report', '--from', '1.41', '--to', '1.44', '--only-used'], /--only-used needs paths/],
  ])('%j exits 2', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
