import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, test } from 'vitest';
import type { SpecElement } from '../../src/data/element-types.ts';
import { hasDeprecationNotice } from '../../src/spec/deprecation.ts';
import { normalizeDocument } from '../../src/spec/normalize.ts';
import type { SwaggerDocument } from '../../src/spec/swagger-types.ts';

// A small Swagger 2.0 document exercising recursion, allOf, maps and arrays.
function fixture(): object {
  return {
    swagger: '2.0',
    info: { title: 'fixture', version: '1.0' },
    paths: {
      '/trees/{name}': {
        parameters: [{ name: 'name', in: 'path', required: true, type: 'string' }],
        post: {
          parameters: [
            { name: 'mode', in: 'query', type: 'string', enum: ['b', 'a'], default: 'a' },
            { name: 'body', in: 'body', schema: { $ref: '#/definitions/Tree' } },
          ],
          responses: {
            200: { description: 'ok', schema: { type: 'array', items: { $ref: '#/definitions/Leaf' } } },
            404: { description: 'no', schema: { $ref: '#/definitions/Error' } },
          },
        },
      },
    },
    definitions: {
      Tree: {
        type: 'object',
        required: ['Root'],
        properties: {
          Root: { $ref: '#/definitions/Node' },
          Labels: { type: 'object', additionalProperties: { type: 'string' } },
          Groups: { type: 'object', additionalProperties: { $ref: '#/definitions/Leaf' } },
          Mode: {
            allOf: [
              { $ref: '#/definitions/Leaf' },
              { type: 'object', properties: { Extra: { type: 'integer' } } },
            ],
          },
          Old: { type: 'boolean', description: 'Keeps things.\n\n> **Deprecated**: use New.' },
        },
      },
      Node: {
        type: 'object',
        properties: {
          Name: { type: 'string', 'x-nullable': true },
          Children: { type: 'array', items: { $ref: '#/definitions/Node' } },
        },
      },
      Leaf: { type: 'object', properties: { Id: { type: 'string', format: 'id', enum: ['x', 'y'] } } },
      Error: { type: 'object', properties: { message: { type: 'string' } } },
    },
  };
}

async function elements(): Promise<Map<string, SpecElement>> {
  const api = (await SwaggerParser.dereference(fixture() as never)) as unknown as SwaggerDocument;
  const spec = normalizeDocument('9.99', api);
  return new Map(spec.elements.map((entry) => [entry.key, entry]));
}

describe('normalizeDocument', () => {
  test.each([
    ['POST /trees/{name}', true],
    ['POST /trees/{name} path:name', true],
    ['POST /trees/{name} query:mode', true],
    ['POST /trees/{name} query:mode=a', true],
    ['POST /trees/{name} body:Root', true],
    ['POST /trees/{name} body:Root.Name', true],
    ['POST /trees/{name} body:Root.Children', true],
    // Recursion stops where Node reappears on the path.
    ['POST /trees/{name} body:Root.Children[].Name', false],
    ['POST /trees/{name} body:Labels', true],
    ['POST /trees/{name} body:Groups{}.Id', true],
    ['POST /trees/{name} body:Groups{}.Id=y', true],
    ['POST /trees/{name} body:Mode.Id', true],
    ['POST /trees/{name} body:Mode.Extra', true],
    ['POST /trees/{name} response:[].Id', true],
    ['POST /trees/{name} response:message', false],
  ])('%s: %s', async (key, present) => {
    expect((await elements()).has(key)).toBe(present);
  });

  test('shape facts', async () => {
    const map = await elements();
    expect(map.get('POST /trees/{name} query:mode')?.shape).toEqual({
      type: 'string',
      enum: ['a', 'b'],
      default: '"a"',
    });
    expect(map.get('POST /trees/{name} path:name')?.shape).toEqual({ type: 'string', required: true });
    expect(map.get('POST /trees/{name} body:Root')?.shape).toEqual({ type: 'object', required: true });
    expect(map.get('POST /trees/{name} body:Root.Name')?.shape).toEqual({ type: 'string', nullable: true });
    expect(map.get('POST /trees/{name} body:Old')?.shape).toEqual({ type: 'boolean', deprecated: true });
    expect(map.get('POST /trees/{name} body:Groups{}.Id=x')).toMatchObject({
      in: 'body',
      name: 'Groups{}.Id',
      value: 'x',
    });
  });

  test('a schema that contains itself directly terminates', async () => {
    const self: Record<string, unknown> = { type: 'object' };
    self.properties = { Self: self, Value: { type: 'string' } };
    const api = { paths: { '/x': { get: { responses: { 200: { description: '', schema: self } } } } } };
    const keys = normalizeDocument('9.99', api as never).elements.map((entry) => entry.key);
    expect(keys).toEqual(['GET /x', 'GET /x response:Self', 'GET /x response:Value']);
  });
});

describe('hasDeprecationNotice', () => {
  test.each([
    ['Deprecated: This field is never set.', true],
    ['Hairpin NAT.\n\nDeprecated: This field is never set.', true],
    ['Foo.\n\n> **Deprecated**: This field is deprecated.', true],
    ['**Deprecated**: kept for compatibility', true],
    ['A thing. Deprecated: use other.', true],
    ['specified through MAINTAINER (deprecated) in the Dockerfile.', false],
    ['The `is-automated` filter is deprecated.', false],
    ['- `1` is the first generation classic (deprecated) builder', false],
    ['This field was deprecated in Docker 1.9', false],
    [undefined, false],
  ])('%j → %s', (text, expected) => {
    expect(hasDeprecationNotice(text)).toBe(expected);
  });
});
