import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FakeServers } from '../daemon/fake-servers.ts';
import { runCli } from '../helpers/run-cli.ts';

// A fake daemon that answers GET /version as Docker 29.0.0 does by default.
describe('needs and report against a live daemon', () => {
  const servers = new FakeServers();
  let host: string;

  beforeAll(async () => {
    host = await servers.http('docker-29', (res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ Version: '29.0.0', ApiVersion: '1.52', MinAPIVersion: '1.44', Os: 'linux' }));
    });
  });
  afterAll(() => servers.close());

  test('needs --daemon: the /v1.41/ pin is not served, exit 1', async () => {
    const result = await runCli(['needs', 'test/fixtures/impact/needs/pinned', '--json', `--daemon=${host}`]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { daemon: Record<string, unknown> };
    expect(report.daemon).toMatchObject({
      maxApi: '1.52',
      minApi: '1.44',
      serves: false,
      unserved: [
        { file: 'test/fixtures/impact/needs/pinned/run.sh', line: 4, element: 'POST /containers/create' },
        { file: 'test/fixtures/impact/needs/pinned/run.sh', line: 5, element: 'GET /containers/json' },
      ],
    });
  });

  test('needs --daemon: unpinned code is served, exit 0', async () => {
    const result = await runCli(['needs', 'test/fixtures/impact/needs/unpinned', `--daemon=${host}`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('serves all of it');
  });

  test('report --daemon: the daemon is the from side', async () => {
    const result = await runCli(['report', `--daemon=${host}`, '--to', '1.54', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { from: Record<string, unknown>; direction: string };
    expect(report.from).toMatchObject({ api: '1.52', minApi: '1.44', docker: { first: '29.0.0' } });
    expect(report.direction).toBe('upgrade');
  });

  test('--daemon with --from is refused', async () => {
    const result = await runCli(['report', `--daemon=${host}`, '--from', '1.41', '--to', '1.54']);
    expect(result.code).toBe(2);
  });
});
