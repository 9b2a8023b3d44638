import type { ElementIn, NormalizedSpec } from '../data/element-types.ts';

/**
 * What a newer spec (1.25) says about field paths, to read the 1.24 examples
 * by: whether a map (`{}`) or array (`[]`) sits at a path, and which fields exist.
 */
export class FieldReference {
  readonly #names = new Set<string>();
  readonly #maps = new Set<string>();

  constructor(spec: NormalizedSpec) {
    for (const element of spec.elements) {
      if (element.value !== undefined || element.name === undefined) continue;
      const scope = `${canonicalOperation(element.method, element.path)} ${element.in}:`;
      this.#names.add(scope + element.name);
      for (let at = element.name.indexOf('{}'); at >= 0; at = element.name.indexOf('{}', at + 2)) {
        this.#maps.add(scope + element.name.slice(0, at));
      }
    }
  }

  has(operation: string, where: ElementIn, name: string): boolean {
    return this.#names.has(`${operation} ${where}:${name}`);
  }

  isMap(operation: string, where: ElementIn, path: string): boolean {
    return this.#maps.has(`${operation} ${where}:${path}`);
  }
}

/** `GET /containers/{id}/json` and `GET /containers/{name}/json` are one operation. */
export function canonicalOperation(method: string, path: string): string {
  return `${method} ${path.replace(/\{[^}]*\}/g, '{}')}`;
}

/** Where one field's path goes next, given the reference (plain `.`, else `[].`, else `{}.`). */
export type ChildResolver = (parent: string, name: string) => string;

export function childResolver(
  reference: FieldReference | undefined,
  operation: string,
  where: ElementIn,
): ChildResolver {
  return (parent, name) => {
    const plain = parent === '' ? name : `${parent}.${name}`;
    if (!reference) return plain;
    const candidates = [plain, `${parent}[].${name}`, `${parent}{}.${name}`];
    return candidates.find((candidate) => reference.has(operation, where, candidate)) ?? plain;
  };
}

// Without a reference a key that is not identifier-like (`com.example.vendor`,
// `22/tcp`, `/volumes/data`) shows its object to be a map.
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Field paths shown by one JSON example value. */
export function exampleFields(
  value: unknown,
  isMap: (path: string) => boolean,
  child: ChildResolver,
  path = '',
  out: string[] = [],
): string[] {
  if (Array.isArray(value)) {
    for (const item of value) exampleFields(item, isMap, child, `${path}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (isMap(path) || entries.some(([key]) => !FIELD_NAME.test(key))) {
      for (const [, item] of entries) exampleFields(item, isMap, child, `${path}{}`, out);
    } else {
      for (const [key, item] of entries) {
        const field = child(path, key);
        out.push(field);
        exampleFields(item, isMap, child, field, out);
      }
    }
  }
  return out;
}

/** The first JSON object or array that opens a line (after any indentation), or undefined. */
export function firstJsonValue(lines: readonly string[]): unknown {
  const text = lines.join('\n');
  const opening = /^[ \t]*[[{]/m.exec(text);
  if (!opening) return undefined;
  const start = opening.index + opening[0].length - 1;
  const end = matchingClose(text, start);
  if (end < 0) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    // Several examples are not strict JSON (comments, `...`): they add no fields.
    return undefined;
  }
}

function matchingClose(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth++;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}
