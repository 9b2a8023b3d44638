import { describe, expect, test } from 'vitest';
import { requestsOf } from '../../src/lint/extractors/dockerode/requests.ts';
import type { ObjectShape, Shape } from '../../src/lint/extractors/dockerode/shape.ts';
import { type DockerodeClass, dockerodeTable } from '../../src/lint/extractors/dockerode/table.ts';

const leaf: Shape = { kind: 'unknown' };
const fn: Shape = { kind: 'function' };

/** `{ a: 1, b: { c: 1 }, d: [{ e: 1 }] }` written as `obj({ a: leaf, b: obj({ c: leaf }), … })`. */
function obj(keys: Record<string, Shape>, complete = true): ObjectShape {
  return { kind: 'object', keys: new Map(Object.entries(keys)), keyAt: new Map(), complete };
}
const arr = (items: ObjectShape): Shape => ({ kind: 'array', items: [items] });

const table = dockerodeTable();
const call = (cls: DockerodeClass, name: string, args: Shape[]) => {
  const method = table.classes[cls][name];
  if (!method) throw new Error(`${cls}.${name}`);
  return requestsOf(table, method, args, { line: 1, column: 1 }).map((request) => {
    const names = (place: string) =>
      [...new Set(request.elements.filter((e) => e.in === place).map((e) => e.name))].sort();
    return {
      method: request.method,
      path: request.path,
      query: names('query'),
      body: names('body'),
      headers: names('header'),
    };
  });
};

describe('dockerode requests from call arguments', () => {
  test.each([
    {
      at: 'createContainer splits name into the query, the rest into the body',
      got: call('Docker', 'createContainer', [
        obj({
          name: leaf,
          Image: leaf,
          HostConfig: obj({ CgroupnsMode: leaf, Mounts: arr(obj({ Type: leaf })) }),
        }),
      ]),
      want: [
        {
          method: 'POST',
          path: '/containers/create',
          query: ['name'],
          body: [
            'HostConfig',
            'HostConfig.CgroupnsMode',
            'HostConfig.Mounts',
            'HostConfig.Mounts[].Type',
            'Image',
          ],
          headers: [],
        },
      ],
    },
    {
      at: 'authconfig becomes a header; abortSignal stays in the client',
      got: call('Docker', 'createImage', [obj({ fromImage: leaf, authconfig: leaf, abortSignal: leaf })]),
      want: [
        {
          method: 'POST',
          path: '/images/create',
          query: ['fromImage'],
          body: [],
          headers: ['X-Registry-Auth'],
        },
      ],
    },
    {
      at: 'a leading auth argument is a header',
      got: call('Docker', 'createImage', [obj({ key: leaf }), obj({ fromImage: leaf })]),
      want: [
        {
          method: 'POST',
          path: '/images/create',
          query: ['fromImage'],
          body: [],
          headers: ['X-Registry-Auth'],
        },
      ],
    },
    {
      at: 'with a callback second, the first argument is the options',
      got: call('Docker', 'createService', [obj({ Name: leaf }), fn]),
      want: [{ method: 'POST', path: '/services/create', query: [], body: ['Name'], headers: [] }],
    },
    {
      at: 'GET options are query parameters, nested objects included whole',
      got: call('Docker', 'listContainers', [obj({ all: leaf, filters: obj({ status: leaf }) })]),
      want: [{ method: 'GET', path: '/containers/json', query: ['all', 'filters'], body: [], headers: [] }],
    },
    {
      at: 'pull sets fromImage and tag itself',
      got: call('Docker', 'pull', [leaf]),
      want: [{ method: 'POST', path: '/images/create', query: ['fromImage', 'tag'], body: [], headers: [] }],
    },
    {
      at: 'options a path without a query string drops (Volume.remove)',
      got: call('Volume', 'remove', [obj({ force: leaf })]),
      want: [{ method: 'DELETE', path: '/volumes/{}', query: [], body: [], headers: [] }],
    },
    {
      at: 'Plugin.pull with _query and _body',
      got: call('Plugin', 'pull', [obj({ _query: obj({ remote: leaf }), _body: arr(obj({ Name: leaf })) })]),
      want: [{ method: 'POST', path: '/plugins/pull', query: ['remote'], body: ['[].Name'], headers: [] }],
    },
    {
      at: 'Exec.start leaves hijack and stdin to the client',
      got: call('Exec', 'start', [obj({ hijack: leaf, stdin: leaf, Detach: leaf })]),
      want: [{ method: 'POST', path: '/exec/{}/start', query: [], body: ['Detach'], headers: [] }],
    },
    {
      at: 'unknown options give the operation only',
      got: call('Container', 'stop', [leaf]),
      want: [{ method: 'POST', path: '/containers/{}/stop', query: [], body: [], headers: [] }],
    },
  ])('$at', ({ got, want }) => {
    expect(got).toEqual(want);
  });

  test('run makes four requests and fills the container config', () => {
    const got = call('Docker', 'run', [leaf, leaf, leaf, obj({ HostConfig: obj({ AutoRemove: leaf }) })]);
    expect(got.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /containers/create',
      'POST /containers/{}/attach',
      'POST /containers/{}/start',
      'POST /containers/{}/wait',
    ]);
    expect(got[0]?.body).toContain('HostConfig.AutoRemove');
    expect(got[0]?.body).toContain('VolumesFrom');
    expect(got[1]?.query).toEqual(['stderr', 'stdout', 'stream']);
  });
});
