import SwaggerParser from '@apidevtools/swagger-parser';
import type { ElementIn, NormalizedSpec, SpecElement } from '../data/element-types.ts';
import { isDeprecated } from './deprecation.ts';
import { ElementCollector, sortElements } from './element-collector.ts';
import { viewSchema } from './schema-view.ts';
import { walkFields } from './schema-walk.ts';
import { shapeOf } from './shape.ts';
import type {
  SwaggerDocument,
  SwaggerOperation,
  SwaggerParameter,
  SwaggerPathItem,
} from './swagger-types.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

const PARAMETER_KINDS: Readonly<Record<string, ElementIn>> = {
  path: 'path',
  query: 'query',
  header: 'header',
};

/** Parses, validates and dereferences one Swagger 2.0 file, then normalises it. */
export async function normalizeSwagger(version: string, filePath: string): Promise<NormalizedSpec> {
  const api = (await SwaggerParser.validate(filePath)) as unknown as SwaggerDocument;
  return normalizeDocument(version, api);
}

/** Every element of an already dereferenced document, sorted by key. */
export function normalizeDocument(version: string, api: SwaggerDocument): NormalizedSpec {
  const elements: SpecElement[] = [];
  for (const [path, item] of Object.entries(api.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as SwaggerOperation | undefined;
      if (operation) elements.push(...operationElements(method.toUpperCase(), path, item, operation));
    }
  }
  return { version, elements: sortElements(elements) };
}

function operationElements(
  method: string,
  path: string,
  item: SwaggerPathItem,
  operation: SwaggerOperation,
): SpecElement[] {
  const collector = new ElementCollector(method, path);
  collector.add('operation', undefined, isDeprecated(operation) ? { deprecated: true } : {});
  for (const parameter of parameters(item, operation)) addParameter(collector, parameter);
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!/^2\d\d$/.test(status) || !response.schema) continue;
    walkFields(response.schema, (name, view, required) =>
      collector.addWithValues('response', name, shapeOf(view, required)),
    );
  }
  return collector.elements();
}

function addParameter(collector: ElementCollector, parameter: SwaggerParameter): void {
  if (parameter.in === 'body') {
    if (parameter.schema) {
      walkFields(parameter.schema, (name, view, required) =>
        collector.addWithValues('body', name, shapeOf(view, required)),
      );
    }
    return;
  }
  const where = PARAMETER_KINDS[parameter.in];
  // formData does not occur in the Engine API specs; anything else is not an element kind.
  if (!where) return;
  collector.addWithValues(where, parameter.name, shapeOf(viewSchema(parameter), parameter.required === true));
}

// Operation-level parameters override path-level ones with the same name and location.
function parameters(item: SwaggerPathItem, operation: SwaggerOperation): SwaggerParameter[] {
  const own = operation.parameters ?? [];
  const inherited = (item.parameters ?? []).filter(
    (shared) => !own.some((parameter) => parameter.in === shared.in && parameter.name === shared.name),
  );
  return [...inherited, ...own];
}
