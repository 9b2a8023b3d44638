import type { ElementIn } from './element-types.ts';

/** The parts of an element key (DESIGN.md "Element keys"). */
export interface ElementKeyParts {
  readonly method: string;
  readonly path: string;
  readonly in: ElementIn;
  /** Parameter name or field path; absent for operations. */
  readonly name?: string;
  /** Enum value, for enum-value elements. */
  readonly value?: string;
}

const LOCATIONS: ReadonlySet<string> = new Set(['path', 'query', 'header', 'body', 'response']);

/** `METHOD /path` for operations, `METHOD /path in:name[=value]` for everything else. */
export function formatElementKey(parts: ElementKeyParts): string {
  const operation = `${parts.method} ${parts.path}`;
  if (parts.in === 'operation') return operation;
  return `${operation} ${formatKeySuffix(parts.in, parts.name ?? '', parts.value)}`;
}

/** The part of a key after the operation: `query:all`, `body:A.B=value`. */
export function formatKeySuffix(location: ElementIn, name: string, value?: string): string {
  return value === undefined ? `${location}:${name}` : `${location}:${name}=${value}`;
}

/**
 * Splits a key into its parts; returns undefined when the text is not shaped
 * like a key. Enum values may contain `=` or spaces, so only the first `=`
 * after the name separates them.
 */
export function parseElementKey(key: string): ElementKeyParts | undefined {
  const text = key.trim();
  const firstSpace = text.indexOf(' ');
  if (firstSpace <= 0) return undefined;
  const method = text.slice(0, firstSpace).toUpperCase();
  const rest = text.slice(firstSpace + 1).trimStart();
  if (!rest.startsWith('/')) return undefined;
  const pathEnd = rest.indexOf(' ');
  if (pathEnd === -1) return { method, path: rest, in: 'operation' };
  const path = rest.slice(0, pathEnd);
  const suffix = rest.slice(pathEnd + 1).trimStart();
  const parsed = parseKeySuffix(suffix);
  return parsed && { method, path, ...parsed };
}

/** Parses `in:name[=value]`; returns undefined when `in` is not a known location. */
export function parseKeySuffix(suffix: string): { in: ElementIn; name: string; value?: string } | undefined {
  const colon = suffix.indexOf(':');
  if (colon <= 0) return undefined;
  const location = suffix.slice(0, colon);
  if (!LOCATIONS.has(location)) return undefined;
  const body = suffix.slice(colon + 1);
  const equals = body.indexOf('=');
  if (equals === -1) return { in: location as ElementIn, name: body };
  return { in: location as ElementIn, name: body.slice(0, equals), value: body.slice(equals + 1) };
}

/** The operation part of a key (`GET /containers/{id}/json`). */
export function operationKeyOf(parts: Pick<ElementKeyParts, 'method' | 'path'>): string {
  return `${parts.method} ${parts.path}`;
}
