import semver from 'semver';
import { describe, expect, test } from 'vitest';
import {
  type DockerodeMethod,
  type DockerodeRequest,
  dockerodeClasses,
  dockerodeTable,
} from '../../src/lint/extractors/dockerode/table.ts';
import {
  type CapturedRequest,
  dockerodeVersion,
  sampleArgs,
  settle,
  stubbedDocker,
} from './dockerode-stub.ts';

const markers = new Set(['qmark', 'Bmark']);
const table = dockerodeTable();

const rows = dockerodeClasses.flatMap((cls) =>
  Object.entries(table.classes[cls]).map(([name, method]) => ({ at: `${cls}.${name}`, cls, name, method })),
);

/** Public prototype members that are not API calls and so stay out of the table (none today). */
const notInTable: Record<string, string> = {};

function templateRegExp(op: string): RegExp {
  const path = op.slice(op.indexOf(' ') + 1).replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${path}$`);
}

function wireOf(sent: CapturedRequest): DockerodeRequest['wire'] {
  const inQuery = sent.query.includes('qmark');
  const inBody = Array.isArray(sent.body) && sent.body.includes('Bmark');
  if (inQuery && inBody) return 'query+body';
  if (inQuery) return 'query';
  return inBody ? 'body' : 'none';
}

function expectedHeaders(method: DockerodeMethod, request: DockerodeRequest, index: number): string[] {
  const headers = new Set(Object.values(request.headers ?? {}));
  const authArg = method.args.some((a) => a === 'auth' || a === 'auth?');
  if (authArg && index === 0) headers.add('X-Registry-Auth');
  return [...headers].sort();
}

describe('dockerode table against the real dockerode', () => {
  test('the installed dockerode is in the range the table describes', () => {
    expect(semver.satisfies(dockerodeVersion, table.dockerode)).toBe(true);
  });

  test.each(dockerodeClasses)('every public method of %s is in the table', async (cls) => {
    const { receiver } = stubbedDocker();
    const proto = Object.getPrototypeOf(receiver(cls)) as object;
    const onPrototype = Object.getOwnPropertyNames(proto)
      .filter((n) => n !== 'constructor' && !n.startsWith('_') && !(`${cls}.${n}` in notInTable))
      .sort();
    expect(Object.keys(table.classes[cls]).sort()).toEqual(onPrototype);
  });

  test.each(rows)('$at sends what the table says', async ({ cls, name, method }) => {
    const { receiver, captured } = stubbedDocker();
    const target = receiver(cls);
    const fn = target[name];
    if (!fn) throw new Error(`${cls}.${name} is not a method`);
    const headerKeys = method.requests.flatMap((r) => Object.keys(r.headers ?? {}));
    const { values, done } = sampleArgs(
      method.args,
      headerKeys.filter((k) => k !== 'authconfig'),
    );
    const hasCallback = method.args.some((a) => a === 'callback' || a === 'onFinished');
    await settle(fn.apply(target, values), done, hasCallback);

    const made = method.requests.filter((r) => r.when === undefined);
    expect(captured.map((c) => c.method)).toEqual(made.map((r) => r.op.split(' ')[0]));
    made.forEach((request, i) => {
      const sent = captured[i] as CapturedRequest;
      expect(sent.path).toMatch(templateRegExp(request.op));
      expect(wireOf(sent)).toBe(request.wire);
      expect(sent.body === 'file').toBe(request.file === true);
      expect(sent.headers.sort()).toEqual(expectedHeaders(method, request, i));
      const sentKeys = [...sent.query, ...(Array.isArray(sent.body) ? sent.body : [])];
      const fixed = [...(request.fixedQuery ?? []), ...(request.fixedBody ?? [])];
      expect([...new Set(sentKeys.filter((k) => !markers.has(k)))].sort()).toEqual(fixed.sort());
      for (const key of request.fixedQuery ?? []) expect(sent.query).toContain(key);
      for (const key of request.fixedBody ?? []) expect(sent.body).toContain(key);
    });
  });

  test('Plugin.pull splits options with _query and _body', async () => {
    const { receiver, captured } = stubbedDocker();
    const plugin = receiver('Plugin');
    await plugin.pull?.call(plugin, { _query: { qmark: 'q' }, _body: [{ Name: 'network' }] });
    expect(captured).toEqual([
      {
        method: 'POST',
        path: '/plugins/pull',
        query: ['qmark', 'name', 'remote'],
        body: ['[]'],
        headers: [],
      },
    ]);
  });
});

describe('dockerode table is consistent', () => {
  const requests = rows.flatMap(({ cls, name, method }) =>
    method.requests.map((request) => ({ at: `${cls}.${name} ${request.op}`, method, request })),
  );

  test.each(requests)('$at: query and body follow from the wire', ({ method, request }) => {
    const { wire, query, body } = request;
    expect(request.opts === undefined).toBe(wire === 'none');
    if (request.opts !== undefined)
      expect(method.args[request.opts]).toMatch(/^(opts|createOptions|startOptions)$/);
    if (wire === 'query') expect({ query, body }).toEqual({ query: '*', body: false });
    if (wire === 'body') expect({ query, body }).toEqual({ query: [], body: true });
    if (wire === 'none') expect({ query, body }).toEqual({ query: [], body: false });
    // A list of query keys only makes sense when the rest of the options is a JSON body.
    if (wire === 'query+body') expect(Array.isArray(query)).toBe(body);
  });

  test.each(rows.filter((r) => r.method.returns !== undefined))(
    '$at returns a tracked class',
    ({ method }) => {
      expect(dockerodeClasses).toContain(method.returns);
    },
  );
});
