import { afterAll, describe, expect, test } from 'vitest';
import yargs from 'yargs';
import { commands } from '../../src/cli/commands/index.ts';
import { parseDaemonHost } from '../../src/daemon/host.ts';
import { probeDaemon } from '../../src/daemon/probe.ts';
import { daemonRequest } from '../../src/daemon/request.ts';
import { targetFromDaemon } from '../../src/targets/from-daemon.ts';
import { runCli } from '../helpers/run-cli.ts';
import { dockerdForSuite } from './dockerd.ts';

// Debian's docker.io package, as .ci/run installs it.
const EXPECTED = { docker: '20.10.24', api: '1.41', minApi: '1.12' };

const live = await dockerdForSuite();
afterAll(async () => {
  if (live.ok) await live.daemon.stop();
});
const host = live.ok ? live.daemon.host : '';

describe.skipIf(!live.ok)('a live dockerd', () => {
  test('probe reports its version, API range and what the data knows', async () => {
    const probe = await probeDaemon(host);
    expect(probe).toMatchObject({
      host,
      api: EXPECTED.api,
      minApi: EXPECTED.minApi,
      os: 'linux',
      known: {
        kind: 'release',
        docker: EXPECTED.docker,
        maxApi: EXPECTED.api,
        minApi: EXPECTED.minApi,
        differences: [],
      },
    });
    // Distribution builds carry a suffix (`+dfsg1`); the release is what precedes it.
    expect(probe.docker.startsWith(EXPECTED.docker)).toBe(true);
  });

  test('the daemon target is the range the daemon serves', async () => {
    const target = targetFromDaemon(await probeDaemon(host));
    expect(target).toMatchObject({
      api: EXPECTED.api,
      minApi: EXPECTED.minApi,
      pinWindow: { low: EXPECTED.minApi, high: EXPECTED.api },
      from: `--daemon ${host}`,
      warnings: [],
    });
    expect(target.releases.map((release) => release.name)).toEqual([EXPECTED.docker]);
  });

  test.each([
    ['1.44', 400, /client version 1\.44 is too new\. Maximum supported API version is 1\.41/],
    ['1.11', 400, /client version 1\.11 is too old\. Minimum supported API version is 1\.12/],
    ['1.41', 200, /"ApiVersion":"1\.41"/],
  ])('/v%s/version answers %i', async (version, status, message) => {
    const response = await daemonRequest(parseDaemonHost(host), {
      method: 'GET',
      path: `/v${version}/version`,
      timeoutMs: 3000,
      read: 'all',
    });
    expect(response.status).toBe(status);
    expect(response.body).toMatch(message);
  });

  test('probe --json via the CLI', async () => {
    const result = await runCli(['probe', host, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({
      host,
      api: EXPECTED.api,
      minApi: EXPECTED.minApi,
      known: { kind: 'release', docker: EXPECTED.docker },
    });
  });

  test('probe as text names the release and the range', async () => {
    const result = await runCli(['probe', host]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`API:         ${EXPECTED.minApi} … ${EXPECTED.api}`);
    expect(result.stdout).toContain(`in the data: Docker ${EXPECTED.docker}: max API ${EXPECTED.api}`);
  });

  test('DOCKER_HOST names the daemon when no host is given', async () => {
    const probe = await probeDaemon(undefined, { env: { DOCKER_HOST: host } });
    expect(probe.host).toBe(host);
  });
});

// The lint command gets --daemon through withDaemonOption; until it does,
// this comparison is skipped, and says so.
const lint = commands.find((command) => String(command.command).startsWith('lint'));
// getOptions is part of yargs but missing from its type declarations.
type WithOptions = { getOptions(): { key: Record<string, unknown> } };
const lintHasDaemon =
  lint !== undefined && 'daemon' in (lint.builder(yargs([])) as unknown as WithOptions).getOptions().key;
if (live.ok && !lintHasDaemon)
  console.warn('lint --daemon test skipped: the lint command has no --daemon option yet');

describe.skipIf(!live.ok || !lintHasDaemon)('lint --daemon', () => {
  test('gives the same findings as --target with the daemon API version', async () => {
    const fixture = 'test/fixtures/live-lint';
    // One after the other: runCli captures the process's own output streams.
    const byDaemon = await runCli(['lint', fixture, '--format', 'json', `--daemon=${host}`]);
    const byTarget = await runCli(['lint', fixture, '--format', 'json', '--target', EXPECTED.api]);
    expect(byDaemon.code).toBe(byTarget.code);
    const [daemonReport, targetReport] = [JSON.parse(byDaemon.stdout), JSON.parse(byTarget.stdout)];
    expect(daemonReport.target).toMatchObject({ api: EXPECTED.api, from: `--daemon ${host}` });
    expect(daemonReport.findings.length).toBeGreaterThan(0);
    // Messages name how the target was given; everything else must agree.
    expect(daemonReport.findings.map(located)).toEqual(targetReport.findings.map(located));
  });
});

function located(finding: Record<string, unknown>): Record<string, unknown> {
  const { rule, severity, file, line, column, element, requires } = finding;
  return { rule, severity, file, line, column, element, requires };
}
