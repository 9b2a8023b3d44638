import { afterAll, describe, expect, test } from 'vitest';
import { parseDaemonHost } from '../../src/daemon/host.ts';
import { probeDaemon } from '../../src/daemon/probe.ts';
import { daemonRequest } from '../../src/daemon/request.ts';
import { targetFromDaemon } from '../../src/targets/from-daemon.ts';
import { runCli } from '../helpers/run-cli.ts';
import { podmanForSuite } from './podman.ts';

// Debian's podman package, as .ci/run installs it.
const EXPECTED = { podman: '4.3.1', api: '1.41', minApi: '1.24' };
const FIXTURE = 'test/fixtures/podman-swarm';

const live = await podmanForSuite();
afterAll(async () => {
  if (live.ok) await live.podman.stop();
});
const host = live.ok ? live.podman.host : '';

describe.skipIf(!live.ok)('a live Podman service', () => {
  test('probe names the engine and its version', async () => {
    const probe = await probeDaemon(host);
    expect(probe).toMatchObject({
      host,
      api: EXPECTED.api,
      minApi: EXPECTED.minApi,
      engine: 'podman',
      engineVersion: EXPECTED.podman,
      known: { kind: 'other-engine', engine: 'Podman Engine' },
    });
  });

  test('probe --json and text', async () => {
    const json = await runCli(['probe', host, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ engine: 'podman', engineVersion: EXPECTED.podman });
    const text = await runCli(['probe', host]);
    expect(text.stdout).toContain(`Podman at ${host}`);
    expect(text.stdout).toContain(`in the data: Podman ${EXPECTED.podman}: reports API 1.24 … 1.41`);
  });

  test('the daemon target is the Podman release, with no pin limits', async () => {
    const target = targetFromDaemon(await probeDaemon(host));
    expect(target).toMatchObject({
      api: EXPECTED.api,
      versionPrefixHonoured: false,
      pinWindow: null,
      warnings: [],
      engines: [expect.objectContaining({ engine: 'Podman', version: EXPECTED.podman })],
    });
  });

  // dockerd answers 400 "client version … is too new/old" here.
  test.each(['1.44', '1.11', '9.99'])('/v%s/version is answered, not refused', async (version) => {
    const response = await daemonRequest(parseDaemonHost(host), {
      method: 'GET',
      path: `/v${version}/version`,
      timeoutMs: 3000,
      read: 'all',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatch(/"ApiVersion":"1\.41"/);
  });

  test('lint --daemon gives the same findings as --podman 4.3', async () => {
    const byDaemon = await runCli(['lint', FIXTURE, '--format', 'json', `--daemon=${host}`]);
    const byData = await runCli(['lint', FIXTURE, '--format', 'json', '--podman', '4.3']);
    expect(byDaemon.code).toBe(1);
    expect(byDaemon.code).toBe(byData.code);
    const [daemonReport, dataReport] = [JSON.parse(byDaemon.stdout), JSON.parse(byData.stdout)];
    expect(daemonReport.target).toMatchObject({ api: EXPECTED.api, from: `--daemon ${host}` });
    expect(daemonReport.findings.map((finding: { rule: string }) => finding.rule)).toContain(
      'api-not-served',
    );
    expect(daemonReport.findings.map(located)).toEqual(dataReport.findings.map(located));
  });
});

function located(finding: Record<string, unknown>): Record<string, unknown> {
  const { rule, severity, file, line, column, element, requires, args } = finding;
  return { rule, severity, file, line, column, element, requires, args };
}
