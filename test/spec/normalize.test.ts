import { beforeAll, describe, expect, test } from 'vitest';
import type { NormalizedSpec, SpecElement } from '../../src/data/element-types.ts';
import { normalizeSwagger } from '../../src/spec/normalize.ts';
import { mirror, skipReason, specFile } from './mirror.ts';

const versions = ['1.40', '1.41', '1.44', '1.48', '1.52', '1.53', '1.54', '1.55'];
const specs = new Map<string, Map<string, SpecElement>>();

function element(version: string, key: string): SpecElement | undefined {
  return specs.get(version)?.get(key);
}

describe.skipIf(!mirror)(
  `normalizeSwagger on the real specs${mirror ? '' : ` (skipped: ${skipReason})`}`,
  () => {
    const loaded: NormalizedSpec[] = [];
    beforeAll(async () => {
      for (const version of versions) {
        const spec = await normalizeSwagger(version, specFile(version));
        loaded.push(spec);
        specs.set(version, new Map(spec.elements.map((entry) => [entry.key, entry])));
      }
    }, 120_000);

    test.each([
      ['1.41', 'POST /containers/create query:platform', true],
      ['1.40', 'POST /containers/create query:platform', false],
      ['1.55', 'GET /images/{name}/attestations', true],
      ['1.55', 'GET /images/{name}/attestations path:name', true],
      ['1.54', 'GET /images/{name}/attestations', false],
      ['1.53', 'GET /info response:NRI', true],
      ['1.52', 'GET /info response:NRI', false],
      ['1.41', 'POST /containers/create body:HostConfig.CgroupnsMode', true],
      ['1.41', 'POST /containers/create body:HostConfig.CgroupnsMode=private', true],
      ['1.40', 'POST /containers/create body:HostConfig.CgroupnsMode=private', false],
      ['1.41', 'POST /build query:version=2', true],
      ['1.41', 'POST /containers/create body:HostConfig.Mounts[].Type', true],
      ['1.41', 'POST /containers/create body:HostConfig.Mounts[].Type=bind', true],
      ['1.41', 'POST /containers/create body:NetworkingConfig.EndpointsConfig{}.Aliases', true],
      ['1.41', 'GET /containers/json response:[].Id', true],
      ['1.41', 'POST /plugins/pull body:[].Name', true],
      ['1.41', 'GET /containers/{id}/json response:State.Health.Status', true],
      ['1.41', 'GET /containers/{id}/json path:id', true],
      ['1.41', 'GET /containers/json query:all', true],
      ['1.41', 'POST /build header:X-Registry-Config', true],
      ['1.41', 'GET /containers/{id}/json response:Id', true],
      // Only 2xx responses count: the 404 ErrorResponse is not a field.
      ['1.41', 'GET /containers/{id}/json response:message', false],
    ] as const)('%s has %s: %s', (version, key, present) => {
      expect(element(version, key) !== undefined).toBe(present);
    });

    test.each([
      [
        '1.41',
        'POST /containers/create body:HostConfig.CgroupnsMode',
        { type: 'string', enum: ['host', 'private'] },
      ],
      ['1.41', 'POST /containers/create query:platform', { type: 'string', default: '""' }],
      ['1.41', 'GET /containers/{id}/json path:id', { type: 'string', required: true }],
      ['1.41', 'POST /build query:version', { type: 'string', enum: ['1', '2'], default: '"1"' }],
      ['1.41', 'POST /containers/create body:Env', { type: 'array', items: 'string' }],
      [
        '1.41',
        'POST /containers/create body:HostConfig.KernelMemory',
        { type: 'integer', format: 'int64', deprecated: true },
      ],
    ] as const)('%s %s has shape %j', (version, key, shape) => {
      expect(element(version, key)?.shape).toEqual(shape);
    });

    test.each([
      ['1.53', 'POST /session', true],
      ['1.52', 'POST /session', false],
      ['1.44', 'POST /containers/create body:MacAddress', true],
      ['1.44', 'POST /networks/create body:CheckDuplicate', true],
      ['1.44', 'GET /images/search response:[].is_automated', true],
      ['1.48', 'POST /build/prune query:keep-storage', true],
      // Mentions of deprecated things that are not the element itself.
      ['1.41', 'POST /build query:version', false],
      ['1.44', 'GET /images/search query:filters', false],
      ['1.41', 'GET /images/{name}/json response:Author', false],
    ] as const)('%s %s deprecated: %s', (version, key, deprecated) => {
      expect(element(version, key)?.shape.deprecated === true).toBe(deprecated);
    });

    test('keys are unique, sorted, and built from the element parts', () => {
      for (const spec of loaded) {
        const keys = spec.elements.map((entry) => entry.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
      }
    });

    test('shapes carry facts only, never description text', () => {
      const allowed = new Set([
        'type',
        'format',
        'items',
        'enum',
        'default',
        'required',
        'nullable',
        'deprecated',
      ]);
      for (const spec of loaded) {
        for (const entry of spec.elements) {
          expect(Object.keys(entry.shape).filter((name) => !allowed.has(name))).toEqual([]);
        }
      }
    });
  },
);
