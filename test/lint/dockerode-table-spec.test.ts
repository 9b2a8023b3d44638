import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { dockerodeClasses, dockerodeTable } from '../../src/lint/extractors/dockerode/table.ts';
import { packageRoot } from '../../src/package-root.ts';

// The upstream specs are not part of the repository; without them this file has nothing to check.
const specsDir =
  process.env.DOCKER_API_SPECS_DIR ?? join(packageRoot, '..', 'shared', 'specs', 'docker-engine');
const haveSpecs = existsSync(join(specsDir, 'v1.25.yaml'));

interface SpecOperation {
  /** Path template of the newest version that has the operation. */
  path: string;
  /** Query parameter names over all versions. */
  query: Set<string>;
  /** Some version takes a JSON object body. */
  jsonBody: boolean;
}

type Parameter = { in: string; name: string; schema?: { type?: string } };
type Spec = { paths: Record<string, Record<string, { parameters?: Parameter[] } | Parameter[]>> };

/** Operations of every Swagger version, keyed by method and path with parameter names erased. */
async function loadOperations(): Promise<Map<string, SpecOperation>> {
  const files = readdirSync(specsDir)
    .filter((f) => /^v1\.\d+\.yaml$/.test(f))
    .sort((a, b) => Number(a.slice(3, -5)) - Number(b.slice(3, -5)));
  const operations = new Map<string, SpecOperation>();
  for (const file of files) {
    const spec = (await SwaggerParser.parse(join(specsDir, file))) as unknown as Spec;
    for (const [path, item] of Object.entries(spec.paths)) {
      const shared = (item.parameters ?? []) as Parameter[];
      for (const [verb, operation] of Object.entries(item)) {
        if (verb === 'parameters' || Array.isArray(operation)) continue;
        const key = `${verb.toUpperCase()} ${erase(path)}`;
        const entry = operations.get(key) ?? { path, query: new Set(), jsonBody: false };
        entry.path = path;
        for (const p of [...shared, ...(operation.parameters ?? [])]) {
          if (p.in === 'query') entry.query.add(p.name);
          if (p.in === 'body' && isJsonObject(p.schema)) entry.jsonBody = true;
        }
        operations.set(key, entry);
      }
    }
  }
  return operations;
}

const erase = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

// Bodies are objects by `$ref`, `allOf` or `type: object`; tar archives are strings, plugin privileges arrays.
const isJsonObject = (schema: Parameter['schema']) =>
  schema !== undefined && schema.type !== 'string' && schema.type !== 'array';

const requests = dockerodeClasses.flatMap((cls) =>
  Object.entries(dockerodeTable().classes[cls]).flatMap(([name, method]) =>
    method.requests.map((request) => ({ at: `${cls}.${name} ${request.op}`, request })),
  ),
);

describe.skipIf(!haveSpecs)('dockerode table against the Engine API specs', () => {
  let operations = new Map<string, SpecOperation>();
  beforeAll(async () => {
    operations = await loadOperations();
  });

  test.each(requests)('$at', ({ request }) => {
    const [verb = '', path = ''] = request.op.split(' ');
    const found = operations.get(`${verb} ${erase(path)}`);
    if (request.outsideSpecs) {
      expect(found).toBeUndefined();
      return;
    }
    expect(found, 'operation in some spec version').toBeDefined();
    if (!found) return;
    expect(path).toBe(found.path);
    if (request.wire === 'query+body') {
      // A list of query keys is the spec's; `*` means the operation has no JSON body to send the rest to.
      if (Array.isArray(request.query)) expect([...request.query].sort()).toEqual([...found.query].sort());
      expect(request.body).toBe(found.jsonBody);
    }
    for (const key of request.fixedQuery ?? []) expect(found.query).toContain(key);
  });
});
