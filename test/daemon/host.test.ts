import { expect, test } from 'vitest';
import { parseDaemonHost } from '../../src/daemon/host.ts';

test.each([
  [
    undefined,
    {},
    { kind: 'unix', socketPath: '/var/run/docker.sock', display: 'unix:///var/run/docker.sock' },
  ],
  [
    '',
    { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' },
    { kind: 'unix', socketPath: '/run/user/1000/docker.sock' },
  ],
  [undefined, { DOCKER_HOST: 'tcp://127.0.0.1:2375' }, { kind: 'tcp', hostname: '127.0.0.1', port: 2375 }],
  ['unix:///tmp/d.sock', { DOCKER_HOST: 'tcp://ignored:1' }, { kind: 'unix', socketPath: '/tmp/d.sock' }],
  ['/tmp/d.sock', {}, { kind: 'unix', socketPath: '/tmp/d.sock', display: 'unix:///tmp/d.sock' }],
  [
    'tcp://localhost',
    {},
    { kind: 'tcp', hostname: 'localhost', port: 2375, display: 'tcp://localhost:2375' },
  ],
  ['tcp://[::1]:2375', {}, { kind: 'tcp', hostname: '::1', port: 2375, display: 'tcp://[::1]:2375' }],
  ['http://127.0.0.1:8080', {}, { kind: 'tcp', hostname: '127.0.0.1', port: 8080 }],
  // TLS settings only matter for TCP, as with the Docker CLI.
  ['unix:///tmp/d.sock', { DOCKER_TLS_VERIFY: '1' }, { kind: 'unix', socketPath: '/tmp/d.sock' }],
])('%j with %j → %j', (host, env, expected) => {
  expect(parseDaemonHost(host, env)).toMatchObject(expected);
});

test.each([
  ['tcp://127.0.0.1:2376', { DOCKER_TLS_VERIFY: '1' }, /TLS daemon endpoints are not supported/],
  ['tcp://127.0.0.1:2376', { DOCKER_TLS: '1' }, /TLS daemon endpoints are not supported/],
  ['https://docker.example:2376', {}, /TLS daemon endpoints are not supported/],
  ['ssh://me@host', {}, /ssh:\/\/ daemon addresses are not supported/],
  ['fd://', {}, /fd:\/\/ daemon addresses are not supported/],
  ['tcp://', {}, /names no host|is not a daemon address/],
  ['docker.sock', {}, /is not a daemon address/],
])('%j with %j is refused', (host, env, message) => {
  expect(() => parseDaemonHost(host, env)).toThrow(message);
});
