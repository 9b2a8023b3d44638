import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/podman-swarm');

test('targets --podman 5.8 prints the reported API range and what it lacks of it', async () => {
  const result = await runCli(['targets', '--podman', '5.8']);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Podman 5.8.2:   reports API 1.24 … 1.44; answers any /v1.NN/ prefix');
  expect(result.stdout).toContain('not served:    42 of the 107 operations of API 1.44 (api-not-served)');
  expect(result.stdout).toMatch(/\n {6}POST \/services\/create +refused, 503\n/);
  expect(result.stdout).toMatch(/\n {6}POST \/session +no route, 404\n/);
  expect(result.stdout).toContain('pin window:      any: Podman answers every /v1.NN/ prefix alike');
});

test('targets --podman --json', async () => {
  const result = await runCli(['targets', '--podman', '4.3', '--docker', '27', '--json']);
  const json = JSON.parse(result.stdout);
  expect(json).toMatchObject({
    from: '--docker 27 --podman 4.3',
    api: '1.41',
    pinWindow: { low: '1.24', high: '1.46' },
    podman: [{ version: '4.3.1', api: { max: '1.41', min: '1.24' }, versionPrefixRefused: false }],
  });
  expect(json.podman[0].notServed).toHaveLength(42);
  expect(json.podman[0].notServed).toContainEqual({
    op: 'POST /secrets/{id}/update',
    answer: 'refused',
    status: 501,
  });
});

test('lint --podman 4.3 on swarm code reports api-not-served and exits 1', async () => {
  const result = await runCli(['lint', FIXTURE, '--podman', '4.3', '--format', 'json']);
  expect(result.code).toBe(1);
  const report = JSON.parse(result.stdout);
  expect(report.target).toMatchObject({ api: '1.41', from: '--podman 4.3' });
  expect(report.findings.filter((f: { rule: string }) => f.rule === 'api-not-served')).toHaveLength(5);
});

test('needs --podman lists the requests it does not serve', async () => {
  const result = await runCli(['needs', FIXTURE, '--podman', '4.3', '--json']);
  expect(result.code).toBe(1);
  const daemon = JSON.parse(result.stdout).daemon;
  expect(daemon).toMatchObject({ from: '--podman 4.3', serves: false });
  expect(daemon.unserved.map((entry: { element: string }) => entry.element)).toEqual(
    expect.arrayContaining(['POST /services/create', 'POST /containers/{id}/update']),
  );
});

test('report --podman is the side moved from', async () => {
  const result = await runCli(['report', '--podman', '4.3', '--to-docker', '29.0', '--format', 'json']);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout).from).toMatchObject({ given: '--podman 4.3', api: '1.41' });
});

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

test('the config key podman names the target', async () => {
  dir = mkdtempSync(join(tmpdir(), 'dac-podman-config-'));
  const config = join(dir, 'docker-api-compat.config.json');
  writeFileSync(config, JSON.stringify({ podman: '4.3' }));
  const result = await runCli(['lint', FIXTURE, '--config', config, '--format', 'json']);
  expect(JSON.parse(result.stdout).target).toMatchObject({ from: '--podman 4.3' });
});

test.each([
  [['targets', '--podman', 'latest']],
  [['targets', '--podman', '3.0']],
  [['lint', FIXTURE, '--podman', '4.3', '--target', '1.41']],
])('%j exits 2 with one line', async (args) => {
  const result = await runCli(args);
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
});
