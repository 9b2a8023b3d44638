import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gateDisagreements } from '../../../src/lint/extractors/go-sdk/generate/cross-check.ts';
import {
  formatGoSdkTable,
  GENERATIONS,
  generateGoSdkTable,
} from '../../../src/lint/extractors/go-sdk/generate/generate.ts';
import { type GoFunc, GoIndex } from '../../../src/lint/extractors/go-sdk/generate/go-index.ts';
import type { GoSdkTable } from '../../../src/lint/extractors/go-sdk/table-types.ts';
import { pinnedSource } from '../../../src/sources/read.ts';
import { clientSourcesPresent } from './sources.ts';

const dataFile = join(import.meta.dirname, '../../../data/go-sdk.json');
const committedText = readFileSync(dataFile, 'utf8');
const committed = JSON.parse(committedText) as GoSdkTable;
const expected = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../src/lint/extractors/go-sdk/generate/gate-disagreements.json'),
    'utf8',
  ),
) as { disagreements: { id: string; reason: string }[] };

/**
 * Exported methods that send a request but name no operation of the element
 * data, with why. Anything else that sends a request must map to an operation.
 */
const NO_OPERATION: Readonly<Record<string, string>> = {
  BuildCancel: 'POST /build/cancel is not in the Engine API spec',
  CheckpointCreate: 'checkpoints are experimental, outside the spec',
  CheckpointDelete: 'checkpoints are experimental, outside the spec',
  CheckpointRemove: 'checkpoints are experimental, outside the spec',
  CheckpointList: 'checkpoints are experimental, outside the spec',
  DialHijack: 'the caller gives the path',
};

const PRIMITIVES = new Set([
  'get',
  'head',
  'delete',
  'post',
  'put',
  'postRaw',
  'putRaw',
  'postHijacked',
  'sendRequest',
  'buildRequest',
]);

/**
 * Exported `*Client` methods whose body reaches one of the client's request
 * helpers through calls on the receiver or package functions: read from the
 * syntax tree directly, independent of the generator's interpreter.
 */
function methodsThatSend(index: GoIndex): string[] {
  const client = index.packages.get('client');
  const methods = client?.methods.get('Client') ?? new Map<string, GoFunc>();
  const calls = (name: string, isMethod: boolean): string[] => {
    const fn = isMethod ? methods.get(name) : client?.funcs.get(name);
    if (!fn?.body) return [];
    return fn.body.findAll({ rule: { kind: 'call_expression' } }).map((call) => {
      const callee = call.field('function');
      if (callee?.kind() === 'selector_expression') return `m:${callee.field('field')?.text() ?? ''}`;
      return `f:${callee?.text() ?? ''}`;
    });
  };
  const sends = (start: string): boolean => {
    const seen = new Set<string>();
    const queue = [`m:${start}`];
    while (queue.length > 0) {
      const next = queue.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      const name = next.slice(2);
      if (next.startsWith('m:') && PRIMITIVES.has(name)) return true;
      // Version negotiation pings on behalf of every method; it is not the method's own request.
      if (/^(?:checkVersion|negotiateAPIVersion)/i.test(name) && next !== `m:${start}`) continue;
      queue.push(...calls(name, next.startsWith('m:')));
    }
    return false;
  };
  return [...methods.keys()].filter((name) => /^[A-Z]/.test(name) && sends(name)).sort();
}

const sources = clientSourcesPresent();

describe.skipIf(!sources.present)(
  `data/go-sdk.json against the pinned client sources${sources.present ? '' : ` (skipped: ${sources.reason})`}`,
  () => {
    test('regenerating it from the pinned sources gives the committed file byte for byte', () => {
      expect(formatGoSdkTable(generateGoSdkTable())).toBe(committedText);
    }, 60_000);

    test.each(GENERATIONS.map((generation) => [generation.id, generation.source] as const))(
      '%s: every exported method that sends a request is in the table with its operation',
      (id, source) => {
        const row = committed.generations[id];
        expect(row).toBeDefined();
        const senders = methodsThatSend(new GoIndex(pinnedSource(source)));
        expect(senders.length).toBeGreaterThan(90);
        const missing = senders.filter(
          (name) => !(name in NO_OPERATION) && !row?.methods[name]?.requests.some((request) => request.op),
        );
        expect(missing).toEqual([]);
        // The table claims no request for a method the tree says sends none.
        const claimed = Object.entries(row?.methods ?? {})
          .filter(([, method]) => method.requests.length > 0)
          .map(([name]) => name);
        expect(claimed.filter((name) => !senders.includes(name))).toEqual([]);
      },
      30_000,
    );
  },
);

describe('the client gates against the element data', () => {
  test('every disagreement is listed with its reason, and every listed one still occurs', () => {
    const found = gateDisagreements(committed).map((disagreement) => disagreement.id);
    expect([...new Set(found)].sort()).toEqual(expected.disagreements.map((entry) => entry.id).sort());
    for (const entry of expected.disagreements) expect(entry.reason.length).toBeGreaterThan(20);
  });

  test('gates the client and the data agree on are checked too', () => {
    const gates = Object.values(committed.generations).flatMap((row) =>
      Object.values(row.methods).flatMap((m) => m.gates),
    );
    expect(gates.length).toBeGreaterThan(80);
    const platform = committed.generations['v28.5.2']?.methods.ContainerCreate?.gates.find((gate) =>
      gate.elements.includes('query:platform'),
    );
    expect(platform).toMatchObject({
      at: 'client/container_create.go:35',
      action: 'error',
      checks: [{ op: '<', version: '1.41' }],
    });
  });
});

describe('what the table says about the client', () => {
  const v28 = committed.generations['v28.5.2'];
  const main = committed.generations.main;

  test('each generation records its module and default API version', () => {
    expect(Object.keys(committed.generations)).toEqual(['v24.0.9', 'v28.5.2', 'main']);
    expect(committed.generated).toMatch(/^Code generated by .* DO NOT EDIT\.$/);
    expect(committed.generations['v24.0.9']).toMatchObject({
      module: 'github.com/docker/docker/client',
      defaultVersion: '1.43',
    });
    expect(v28).toMatchObject({ module: 'github.com/docker/docker/client', defaultVersion: '1.51' });
    expect(main?.module).toBe('github.com/moby/moby/client');
    expect(main?.defaultVersionSource).toMatch(
      /^client\/client\.go:\d+@b985e2313a8676e18072b442911fc8f64f17d440$/,
    );
  });

  test('positional parameters and option fields become query parameters, headers and body fields', () => {
    const create = v28?.methods.ContainerCreate?.requests[0];
    expect(create?.op).toBe('POST /containers/create');
    expect(create?.bindings).toEqual(
      expect.arrayContaining([
        { from: 'config', in: 'body', name: '', type: 'container.Config' },
        { from: 'hostConfig', in: 'body', name: 'HostConfig', type: 'container.HostConfig' },
        { from: 'platform', in: 'query', name: 'platform' },
        { from: 'containerName', in: 'query', name: 'name' },
      ]),
    );
    const mainCreate = main?.methods.ContainerCreate?.requests[0]?.bindings;
    expect(mainCreate).toEqual(
      expect.arrayContaining([{ from: 'options.Platform', in: 'query', name: 'platform' }]),
    );
    const pull = v28?.methods.ImagePull?.requests[0];
    expect(pull?.bindings).toEqual(
      expect.arrayContaining([{ from: 'options.RegistryAuth', in: 'header', name: 'X-Registry-Auth' }]),
    );
    const list = v28?.methods.ImageList?.requests[0]?.bindings;
    expect(list?.find((b) => b.name === 'shared-size')?.sentWhen).toEqual({ op: '>=', version: '1.42' });
  });

  test('JSON keys come from the json tags, embedded structs inlined', () => {
    expect(v28?.types['container.HostConfig']?.Resources).toEqual({ json: '', type: 'container.Resources' });
    expect(v28?.types['container.Resources']?.NanoCPUs).toEqual({ json: 'NanoCpus', type: 'int64' });
    expect(v28?.types['container.HostConfig']?.Mounts).toEqual({ json: 'Mounts', type: '[]mount.Mount' });
    expect(v28?.types['network.NetworkingConfig']?.EndpointsConfig).toEqual({
      json: 'EndpointsConfig',
      type: '{}network.EndpointSettings',
    });
  });

  test('typed string constants resolve to enum values; functional options to the fields they set', () => {
    expect(v28?.constants['container.CgroupnsModePrivate']).toBe('private');
    expect(v28?.constants['mount.TypeBind']).toBe('bind');
    expect(main?.constants['container.CgroupnsModeHost']).toBe('host');
    expect(v28?.options.ImageInspectWithManifests?.sets).toEqual([
      { field: 'apiOptions.Manifests', from: 'manifests' },
    ]);
    expect(v28?.methods.ImageInspect?.requests[0]?.bindings).toEqual(
      expect.arrayContaining([{ from: 'inspectOpts.apiOptions.Manifests', in: 'query', name: 'manifests' }]),
    );
  });
});
