import { describe, expect, test } from 'vitest';
import { extractDockerode } from '../../src/lint/extractors/dockerode/index.ts';
import { treeOf } from '../../src/lint/parse/service.ts';
import { LineIndex } from '../../src/lint/text/line-index.ts';
import type { Usage } from '../../src/lint/usage.ts';
import { namesOf } from '../helpers/usage-names.ts';

function extract(text: string, path = 'src/a.ts'): Usage[] {
  const file = { path, text };
  return extractDockerode({ file, lines: new LineIndex(text), tree: (language) => treeOf(file, language) });
}

/** `POST /containers/create ?name +HostConfig.CgroupnsMode @1.41` — one string per request usage. */
function brief(usages: Usage[]): string[] {
  return usages.flatMap((u) =>
    u.kind === 'pin'
      ? [`pin ${u.pin} ${u.line}:${u.column}`]
      : [
          [
            `${u.method} ${u.path}`,
            ...namesOf(u, 'query').map((q) => `?${q}`),
            ...namesOf(u, 'body').map((b) => `+${b}`),
            ...namesOf(u, 'header').map((h) => `^${h}`),
            ...(u.pin ? [`@${u.pin}`] : []),
          ].join(' '),
        ],
  );
}

const create = (body: string) => `POST /containers/create${body}`;

describe('dockerode extractor', () => {
  test.each([
    {
      at: 'default import, literal options, nested keys and arrays',
      code: `import Docker from 'dockerode';
const docker = new Docker();
await docker.createContainer({ name: 'a', HostConfig: { Mounts: [{ VolumeOptions: { Subpath: 'x' } }] } });`,
      want: [
        create(
          ' ?name +HostConfig +HostConfig.Mounts +HostConfig.Mounts[].VolumeOptions +HostConfig.Mounts[].VolumeOptions.Subpath',
        ),
      ],
    },
    {
      at: 'require and a getter chain',
      code: `const Dockerode = require('dockerode');
const docker = new Dockerode({ socketPath: '/var/run/docker.sock' });
docker.getContainer(id).logs({ follow: true, stdout: true });`,
      path: 'lib/a.js',
      want: ['GET /containers/{}/logs ?follow ?stdout'],
    },
    {
      at: 'namespace import, call without new, awaited receiver',
      code: `import * as D from 'dockerode';
const docker = D();
const c = await docker.createContainer({ Image: 'alpine' });
await c.start();`,
      want: [create(' +Image'), 'POST /containers/{}/start'],
    },
    {
      at: 'default-as named import and TS import-equals',
      code: `import { default as Docker } from 'dockerode';
import Legacy = require('dockerode');
new Docker().ping();
new Legacy().info();`,
      want: ['GET /_ping', 'GET /info'],
    },
    {
      at: 'version pin on the client and every call',
      code: `import Docker from 'dockerode';
const opts = { version: 'v1.41' };
const docker = new Docker(opts);
docker.listImages({ all: true });`,
      want: ['pin 1.41 2:25', 'GET /images/json ?all @1.41'],
    },
    {
      at: 'same-file const options and a resolvable spread',
      code: `import Docker from 'dockerode';
const base = { Image: 'alpine', HostConfig: { CgroupnsMode: 'private' } };
const opts = { ...base, name: 'x' };
new Docker().createContainer(opts);`,
      want: [create(' ?name +HostConfig +HostConfig.CgroupnsMode +Image')],
    },
    {
      at: 'an unresolvable spread keeps the keys that are known',
      code: `import Docker from 'dockerode';
new Docker().createContainer({ ...fromSomewhere(), Tty: true });`,
      want: [create(' +Tty')],
    },
    {
      at: 'callback and then() results are receivers',
      code: `import Docker from 'dockerode';
const docker = new Docker();
docker.createContainer({}, (err, c) => c.kill({ signal: 'SIGTERM' }));
docker.createNetwork({ Name: 'n' }).then((n) => n.connect({ Container: 'c' }));`,
      want: [
        create(''),
        'POST /containers/{}/kill ?signal',
        'POST /networks/create +Name',
        'POST /networks/{}/connect +Container',
      ],
    },
    {
      at: 'run resolves to [output, container]',
      code: `import Docker from 'dockerode';
const [, container] = await new Docker().run('img', [], null, {}, {});
await container.remove();`,
      want: [
        create(
          ' +AttachStderr +AttachStdin +AttachStdout +Cmd +Env +Hostname +Image +OpenStdin +StdinOnce +Tty +User +Volumes +VolumesFrom',
        ),
        'POST /containers/{}/attach ?stderr ?stdout ?stream',
        'POST /containers/{}/start',
        'POST /containers/{}/wait',
        'DELETE /containers/{}',
      ],
    },
    {
      at: 'typed fields and parameter properties',
      code: `import Dockerode, { Container } from 'dockerode';
class Svc {
  constructor(private readonly docker: Dockerode) {}
  stop(c: Container, other: Dockerode.Volume) { c.stop({ t: 5 }); other.remove(); return this.docker.version(); }
}`,
      want: ['POST /containers/{}/stop ?t', 'DELETE /volumes/{}', 'GET /version'],
    },
    {
      at: 'TypeScript class fields, with a value or only a type',
      code: `import Docker from 'dockerode';
class A {
  private pinned = new Docker({ version: '1.43' });
  private late!: Docker;
  run() { this.pinned.df(); this.late.swarmInspect(); }
}`,
      want: ['pin 1.43 3:42', 'GET /system/df @1.43', 'GET /swarm'],
    },
    {
      at: 'JavaScript class field assigned in the constructor',
      code: `import Docker from 'dockerode';
export class Runner {
  constructor() { this.docker = new Docker({ version: '1.40' }); }
  pull() { return this.docker.pull('alpine:3', { platform: 'linux/arm64' }, undefined, { key: 'k' }); }
}`,
      path: 'src/runner.mjs',
      want: ['pin 1.40 3:55', 'POST /images/create ?fromImage ?platform ?tag ^X-Registry-Auth @1.40'],
    },
    {
      at: 'authconfig becomes a header',
      code: `import Docker from 'dockerode';
new Docker().getImage('x').push({ tag: 'v1', authconfig: { username: 'u' } });`,
      want: ['POST /images/{}/push ?tag ^X-Registry-Auth'],
    },
  ])('$at', ({ code, path, want }) => {
    expect(brief(extract(code, path))).toEqual(want);
  });

  test.each([
    {
      at: 'createContainer on an unrelated object',
      code: `import Docker from 'dockerode';
const docker = new Docker();
const factory = { createContainer: (o) => o };
factory.createContainer({ Image: 'x' });`,
    },
    {
      at: 'a docker-looking variable in a file without dockerode',
      code: `const docker = makeClient();
docker.createContainer({ HostConfig: { CgroupnsMode: 'private' } });`,
    },
    {
      at: 'a method dockerode does not have',
      code: `import Docker from 'dockerode';
new Docker().createWidget({ a: 1 });`,
    },
    {
      at: 'another module that happens to export Docker',
      code: `import Docker from 'not-dockerode';
new Docker().createContainer({ Image: 'x' });`,
    },
  ])('nothing for $at', ({ code }) => {
    expect(extract(code)).toEqual([]);
  });

  test('a usage records where the method name is and the call text', () => {
    const [usage] = extract(`import Docker from 'dockerode';\nconst d = new Docker();\n  d.ping();`);
    expect(usage).toMatchObject({
      kind: 'request',
      extractor: 'dockerode',
      file: 'src/a.ts',
      line: 3,
      column: 5,
      anchored: true,
      text: 'd.ping()',
    });
  });
});
