import { expect, test } from 'vitest';
import type { DaemonProbe } from '../../src/daemon/probe.ts';
import { targetFromDaemon } from '../../src/targets/from-daemon.ts';

const HOST = 'unix:///var/run/docker.sock';

function probe(fields: Partial<DaemonProbe>): DaemonProbe {
  return {
    host: HOST,
    docker: '20.10.24',
    api: '1.41',
    minApi: '1.12',
    os: 'linux',
    arch: 'amd64',
    experimental: false,
    known: { kind: 'unknown', reason: 'unset' },
    engine: 'docker',
    engineVersion: fields.docker ?? '20.10.24',
    ...fields,
  };
}

test.each([
  [
    probe({
      known: {
        kind: 'release',
        docker: '20.10.24',
        maxApi: '1.41',
        minApi: '1.12',
        configurableMinApi: null,
        notes: [],
        differences: [],
      },
    }),
    {
      api: '1.41',
      minApi: '1.12',
      pinWindow: { low: '1.12', high: '1.41' },
      from: `--daemon ${HOST}`,
      warnings: [],
    },
    ['20.10.24'],
  ],
  [
    probe({ docker: '99.0.0', api: '1.99', minApi: '1.44', known: { kind: 'newer', latest: '29.7.2' } }),
    {
      api: '1.99',
      minApi: '1.44',
      pinWindow: { low: '1.44', high: '1.99' },
      warnings: [
        expect.stringMatching(/^Docker 99\.0\.0 at .* is newer than the data \(latest known: 29\.7\.2\)/),
      ],
    },
    [],
  ],
  [
    probe({ docker: '4.9.3', known: { kind: 'other-engine', engine: 'Podman Engine' }, engine: 'podman' }),
    {
      api: '1.41',
      minApi: '1.12',
      versionPrefixHonoured: false,
      engines: [expect.objectContaining({ engine: 'Podman', version: '4.9.0' })],
      warnings: [expect.stringContaining('Podman 4.9.3 is not in the data')],
    },
    [],
  ],
  [
    probe({ docker: '3.4.0', known: { kind: 'other-engine', engine: 'Podman Engine' }, engine: 'podman' }),
    { api: '1.41', engines: [], warnings: [expect.stringContaining('Podman 3.4.0 at')] },
    [],
  ],
  [
    probe({ docker: '27.0.0', known: { kind: 'other-engine', engine: 'Other Engine' }, engine: 'other' }),
    { api: '1.41', warnings: [expect.stringContaining('is Other Engine, not Docker')] },
    [],
  ],
  [
    probe({ api: '1.24', minApi: '1.44' }),
    {
      pinWindow: null,
      emptyWindowReason: expect.stringContaining('minimum API 1.44 above its maximum 1.24'),
    },
    [],
  ],
])('%# %j', (input, expected, releases) => {
  const target = targetFromDaemon(input);
  expect(target).toMatchObject(expected);
  expect(target.releases.map((release) => release.name)).toEqual(releases);
});
