import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { daemonFailure } from '../../src/daemon/failure.ts';
import { parseDaemonHost } from '../../src/daemon/host.ts';
import { probeDaemon } from '../../src/daemon/probe.ts';
import { DaemonRequestError, daemonRequest } from '../../src/daemon/request.ts';
import { UsageError } from '../../src/errors.ts';
import { runCli } from '../helpers/run-cli.ts';
import { FakeServers } from './fake-servers.ts';

const servers = new FakeServers();
afterAll(() => servers.close());

// A Go TLS server's answer to plain HTTP, and a TLS alert record.
const TLS_PLAIN_ANSWER = 'HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n';
const TLS_ALERT = Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46]);

const hosts: Record<string, string> = {};
beforeAll(async () => {
  hosts.missing = `unix://${servers.dir}/missing.sock`;
  hosts.web = await servers.http('web', (res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>hi</h1>'),
  );
  hosts.notFound = await servers.http('not-found', (res) =>
    res.writeHead(404).end('{"message":"page not found"}'),
  );
  hosts.noApi = await servers.http('no-api', (res) => res.writeHead(200).end('{"Version":"20.10.24"}'));
  hosts.broken = await servers.http('broken', (res) =>
    res.writeHead(500, { 'Api-Version': '1.41' }).end('{"message":"something broke"}'),
  );
  hosts.silent = await servers.raw('silent');
  hosts.garbage = await servers.raw('garbage', Buffer.from('SSH-2.0-OpenSSH_9.2\r\n'));
  hosts.tlsPlain = await servers.raw('tls-plain', Buffer.from(TLS_PLAIN_ANSWER));
  hosts.tlsAlert = await servers.raw('tls-alert', TLS_ALERT);
  hosts.refused = await servers.closedPort();
  hosts.file = servers.file('plain-file');
});

describe('probeDaemon fails with one line the user can act on', () => {
  test.each([
    ['missing', /^no Docker daemon socket at unix:\/\/.*missing\.sock: is the daemon running\?/],
    ['web', /is not a Docker daemon \(no Api-Version header, GET \/version answered 200\)$/],
    ['notFound', /is not a Docker daemon \(no Api-Version header, GET \/version answered 404\)$/],
    ['noApi', /is not a Docker daemon/],
    [
      'broken',
      /^the Docker daemon at unix:\/\/.*broken\.sock answered GET \/version with 500: something broke$/,
    ],
    ['silent', /^no answer from unix:\/\/.*silent\.sock: timed out after 200 ms; is it a Docker daemon\?$/],
    ['garbage', /did not answer in HTTP: it is not a Docker daemon$/],
    ['tlsPlain', /^TLS daemon endpoints are not supported \(.*: it answered with TLS\)/],
    ['tlsAlert', /^TLS daemon endpoints are not supported \(.*: it answered with TLS\)/],
    ['refused', /^connection refused by tcp:\/\/127\.0\.0\.1:\d+/],
    ['file', /^connection refused by unix:\/\/.*plain-file/],
  ])('%s', async (name, message) => {
    const error = await probeDaemon(hosts[name], { timeoutMs: 200 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(message);
    expect((error as UsageError).message).not.toContain('\n');
  });
});

// Root opens any socket, so the check runs in a child process as an ordinary
// user, with the same node:http call the client makes.
test('a socket the user may not open: permission denied', async () => {
  const host = await servers.http('locked', (res) => res.end());
  const socketPath = host.slice('unix://'.length);
  chmodSync(servers.dir, 0o755);
  chmodSync(socketPath, 0o000);
  const code = isRoot ? errorCodeAsNobody(socketPath) : await errorCodeHere(host);
  expect(code).toBe('EACCES');
  const error = daemonFailure(parseDaemonHost(host), new DaemonRequestError('connect EACCES', code));
  expect(error.message).toMatch(/^permission denied on unix:\/\/.*locked\.sock: run as a user allowed/);
});

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

function errorCodeAsNobody(socketPath: string): string {
  const script = `require('node:http').get({ socketPath: ${JSON.stringify(socketPath)}, path: '/version' })
    .on('error', (e) => process.stdout.write(String(e.code))).on('response', () => process.stdout.write('OPENED'));`;
  return spawnSync(process.execPath, ['-e', script], {
    uid: NOBODY,
    gid: NOBODY,
    encoding: 'utf8',
    timeout: 5000,
  }).stdout;
}

async function errorCodeHere(host: string): Promise<string | undefined> {
  const error = await daemonRequest(parseDaemonHost(host), {
    method: 'GET',
    path: '/version',
    timeoutMs: 1000,
    read: 'all',
  }).catch((caught: unknown) => caught);
  await expect(probeDaemon(host)).rejects.toThrow(/^permission denied on /);
  return error instanceof DaemonRequestError ? error.code : undefined;
}

describe('addresses and TLS settings refused before connecting', () => {
  test.each([
    [
      'tcp://127.0.0.1:2376',
      { DOCKER_TLS_VERIFY: '1' },
      /^TLS daemon endpoints are not supported .*DOCKER_TLS_VERIFY/,
    ],
    ['https://127.0.0.1:2376', {}, /^TLS daemon endpoints are not supported .*https:\/\//],
    ['ssh://user@example', {}, /^ssh:\/\/ daemon addresses are not supported/],
    ['npipe:////./pipe/docker_engine', {}, /^npipe:\/\/ daemon addresses are not supported/],
    ['unix://', {}, /names no socket path/],
    ['localhost:2375', {}, /is not a daemon address/],
  ])('%s with %j', async (host, env, message) => {
    await expect(probeDaemon(host, { env })).rejects.toThrow(message);
  });
});

test('the probe command exits 2 with one line on stderr', async () => {
  const result = await runCli(['probe', hosts.missing ?? '', '--json']);
  expect(result).toMatchObject({ code: 2, stdout: '' });
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^docker-api-compat: no Docker daemon socket at /);
});
