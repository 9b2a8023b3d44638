import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import type { NormalizedSpec } from '../../src/data/element-types.ts';
import { normalizeSwagger } from '../../src/spec/normalize.ts';
import { parseV124Markdown } from '../../src/spec/v124-markdown.ts';
import { splitTarget } from '../../src/spec/v124-sections.ts';
import { mirror, skipReason, specFile } from './mirror.ts';

describe('splitTarget', () => {
  test.each([
    ['/containers/json', '/containers/json', []],
    ['/containers/(id or name)/json', '/containers/{id}/json', []],
    ['/plugins/(plugin name)/enable', '/plugins/{name}/enable', []],
    ['/plugins/pull?name=<plugin name>', '/plugins/pull', ['name']],
    ['/v1.24/plugins/tiborvass/(plugin name)/push', '/plugins/{name}/push', []],
    ['/v1.24/images/get?names=a&names=b', '/images/get', ['names', 'names']],
  ])('%s → %s %j', (target, path, query) => {
    expect(splitTarget(target)).toEqual({ path, query });
  });
});

describe('parseV124Markdown on a small reference', () => {
  const text = [
    '#### List things',
    '',
    '`GET /things/(id or name)/json`',
    '',
    '**Example request**:',
    '',
    '    GET /v1.24/things/x/json?size=1 HTTP/1.1',
    '',
    '**Example response**:',
    '',
    '    HTTP/1.1 200 OK',
    '',
    '    {"Id": "x", "Labels": {"com.example": "a"}, "Ports": [{"Type": "tcp"}]}',
    '',
    '**Query parameters**:',
    '',
    '-   **all** – 1/True/true, show all.',
    '-   **filters** - filters:',
    '  -   `exited=<int>`',
    '',
    '**Request Headers**:',
    '',
    '-   **X-Registry-Auth** – auth',
    '',
    '#### Not an endpoint',
    '',
    'Prose only.',
  ].join('\n');

  test('reads every kind, map keys as {}', () => {
    expect(parseV124Markdown(text).elements.map((element) => element.key)).toEqual([
      'GET /things/{id}/json',
      'GET /things/{id}/json header:X-Registry-Auth',
      'GET /things/{id}/json path:id',
      'GET /things/{id}/json query:all',
      'GET /things/{id}/json query:filters',
      'GET /things/{id}/json query:size',
      'GET /things/{id}/json response:Id',
      'GET /things/{id}/json response:Labels',
      'GET /things/{id}/json response:Ports',
      'GET /things/{id}/json response:Ports[].Type',
    ]);
  });
});

describe.skipIf(!mirror)(
  `parseV124Markdown on the real 1.24 reference${mirror ? '' : ` (skipped: ${skipReason})`}`,
  () => {
    let guided: NormalizedSpec;
    let raw: NormalizedSpec;
    beforeAll(async () => {
      const text = await readFile(specFile('1.24'), 'utf8');
      raw = parseV124Markdown(text);
      guided = parseV124Markdown(text, await normalizeSwagger('1.25', specFile('1.25')));
    }, 60_000);

    test.each([
      ['GET /containers/json', true],
      ['GET /containers/json query:all', true],
      ['GET /containers/json query:filters', true],
      ['GET /containers/{id}/json', true],
      ['GET /containers/{id}/json path:id', true],
      ['DELETE /containers/{id} query:force', true],
      ['POST /containers/create query:name', true],
      ['POST /build header:X-Registry-Config', true],
      ['POST /images/create header:X-Registry-Auth', true],
      ['POST /plugins/pull query:name', true],
      ['POST /plugins/{name}/push', true],
      ['GET /images/get query:names', true],
      ['POST /containers/create body:HostConfig.Binds', true],
      ['POST /containers/create body:NetworkingConfig.EndpointsConfig{}.Aliases', true],
      ['POST /nodes/{id}/update body:Availability', true],
      ['GET /containers/json response:[].Id', true],
      ['GET /info response:RegistryConfig.IndexConfigs{}.Mirrors', true],
      // Only in 1.25 and later.
      ['POST /containers/prune', false],
      ['GET /system/df', false],
      ['POST /build query:squash', false],
      // Map keys of examples and headers the Swagger specs do not model.
      ['POST /containers/create body:Labels.com.example.vendor', false],
      ['POST /services/create header:Content-type', false],
      // Shown in an example URL but documented by no version.
      ['GET /containers/{id}/attach/ws query:stdin', false],
    ])('%s: %s', (key, present) => {
      expect(guided.elements.some((element) => element.key === key)).toBe(present);
    });

    test('finds every endpoint section and states no shape facts', () => {
      expect(guided.version).toBe('1.24');
      expect(guided.elements.filter((element) => element.in === 'operation')).toHaveLength(79);
      expect(guided.elements.every((element) => Object.keys(element.shape).length === 0)).toBe(true);
    });

    test('without a reference, keys that cannot be field names mark maps, and nothing is filtered', () => {
      const keys = new Set(raw.elements.map((element) => element.key));
      expect(keys.has('POST /containers/create body:Labels')).toBe(true);
      expect(keys.has('POST /containers/create body:ExposedPorts')).toBe(true);
      expect([...keys].some((key) => key.includes('com.example') || key.includes('22/tcp'))).toBe(false);
      // A map key that looks like a field name is only recognised with the reference.
      expect(
        keys.has('POST /containers/create body:NetworkingConfig.EndpointsConfig.isolated_nw.Aliases'),
      ).toBe(true);
      expect(raw.elements.length).toBeGreaterThan(guided.elements.length);
    });
  },
);
