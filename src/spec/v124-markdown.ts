/**
 * API 1.24 exists upstream only as a Markdown reference, so its elements are
 * read from prose and examples. What `since: "1.24"` ("1.24 or earlier")
 * rests on, per kind:
 *
 * - operations: complete; every `#### ` section with a request line.
 * - path parameters: complete; from the request line, `(id or name)` read as
 *   `{id}` (the differ matches templates regardless of parameter names).
 * - query parameters: complete as far as the reference lists them under
 *   `**Query parameters**:` or in a request line; an example request's URL
 *   adds those that 1.25 defines as well.
 * - headers: partial; `**Request Headers**:` lists, kept only where 1.25
 *   defines the same header (1.24 lists `Content-type` on JSON endpoints,
 *   which the Swagger specs express as media types, not as parameters).
 * - request-body and response fields: partial; the keys of the JSON examples
 *   (`**Example request**`, 2xx `**Example response**`) and of the
 *   `**JSON parameters**` / `**JSON fields in response**` bullet lists, read
 *   with 1.25's structure for maps and arrays and kept only where 1.25 defines
 *   the same field. A field that 1.24 had but did not show in an example shows
 *   up as `since: "1.25"`; no field is ever reported as removed in 1.25
 *   because of the 1.24 reading.
 * - enum values: none; shape facts (type, format, default, …): none. 1.24
 *   elements carry empty shapes, which mean "not stated", not "changed".
 *
 * Without a reference spec every parsed field is kept and map keys are
 * recognised by their form alone.
 */
import type { ElementIn, NormalizedSpec, SpecElement } from '../data/element-types.ts';
import { ElementCollector, sortElements } from './element-collector.ts';
import {
  canonicalOperation,
  childResolver,
  exampleFields,
  FieldReference,
  firstJsonValue,
} from './v124-fields.ts';
import {
  type EndpointSection,
  endpointSections,
  nestedBullets,
  splitTarget,
  topLevelBullets,
} from './v124-sections.ts';

export const V124 = '1.24';

/** Parses the 1.24 Markdown reference; `reference` (1.25) guides and filters the prose-derived kinds. */
export function parseV124Markdown(text: string, reference?: NormalizedSpec): NormalizedSpec {
  const fields = reference ? new FieldReference(reference) : undefined;
  const elements: SpecElement[] = [];
  for (const section of endpointSections(text)) elements.push(...sectionElements(section, fields));
  return { version: V124, elements: sortElements(elements) };
}

function sectionElements(section: EndpointSection, reference: FieldReference | undefined): SpecElement[] {
  const { method, path, blocks } = section;
  const collector = new ElementCollector(method, path);
  const operation = canonicalOperation(method, path);
  const keep = (where: ElementIn, name: string) => !reference || reference.has(operation, where, name);

  collector.add('operation', undefined, {});
  for (const match of path.matchAll(/\{([^}]+)\}/g)) collector.add('path', match[1], {});
  for (const name of [...section.lineQuery, ...topLevelBullets(blocks.get('query parameters'))]) {
    collector.add('query', name, {});
  }
  // Example URLs also show parameters that no version documents (attach/ws `stdin`).
  for (const name of exampleQuery(blocks.get('example request'))) {
    if (keep('query', name)) collector.add('query', name, {});
  }
  for (const name of topLevelBullets(blocks.get('request headers'))) {
    if (keep('header', name)) collector.add('header', name, {});
  }
  const bodyFields = [
    ...examplePaths(blocks.get('example request'), 'body', reference, operation),
    ...bulletPaths(blocks.get('json parameters'), 'body', reference, operation),
  ];
  const responseFields = [
    ...(isSuccessExample(blocks.get('example response'))
      ? examplePaths(blocks.get('example response'), 'response', reference, operation)
      : []),
    ...bulletPaths(blocks.get('json fields in response'), 'response', reference, operation),
  ];
  for (const name of bodyFields) if (keep('body', name)) collector.add('body', name, {});
  for (const name of responseFields) if (keep('response', name)) collector.add('response', name, {});
  return collector.elements();
}

function examplePaths(
  lines: readonly string[] | undefined,
  where: ElementIn,
  reference: FieldReference | undefined,
  operation: string,
): string[] {
  const value = lines ? firstJsonValue(lines) : undefined;
  if (value === undefined) return [];
  const isMap = (path: string) => reference?.isMap(operation, where, path) ?? false;
  return exampleFields(value, isMap, childResolver(reference, operation, where));
}

function bulletPaths(
  lines: readonly string[] | undefined,
  where: ElementIn,
  reference: FieldReference | undefined,
  operation: string,
): string[] {
  const child = childResolver(reference, operation, where);
  return nestedBullets(lines).map((names) => names.reduce((parent, name) => child(parent, name), ''));
}

// The example request's own URL (`GET /v1.24/images/get?names=…`) names query parameters too.
function exampleQuery(lines: readonly string[] | undefined): string[] {
  const line = lines?.find((candidate) => /^\s*(GET|POST|PUT|DELETE|HEAD) \//.test(candidate));
  const target = line?.trim().split(/\s+/)[1];
  return target ? splitTarget(target).query : [];
}

function isSuccessExample(lines: readonly string[] | undefined): boolean {
  const status = lines?.join('\n').match(/HTTP\/1\.[01] (\d{3})/)?.[1];
  return status?.startsWith('2') === true;
}
