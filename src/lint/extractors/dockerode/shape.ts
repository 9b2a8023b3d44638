/**
 * What the source shows of a value passed to dockerode: an object literal's
 * keys (nested), an array's items, a string literal, a function, or something not known.
 */
export type Shape =
  | ObjectShape
  | ArrayShape
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'function' }
  | { readonly kind: 'unknown' };

export interface ObjectShape {
  readonly kind: 'object';
  /** Keys as written, in source order; computed keys are left out. */
  readonly keys: ReadonlyMap<string, Shape>;
  /** False when a spread or computed key could not be resolved: more keys may be sent. */
  readonly complete: boolean;
}

export interface ArrayShape {
  readonly kind: 'array';
  /** Object items merged into one shape; absent when no item is an object. */
  readonly items?: ObjectShape;
}

export const unknownShape: Shape = { kind: 'unknown' };

/**
 * Field paths below an object, parents included, as the raw-path extractors
 * write them: `HostConfig`, `HostConfig.Mounts`, `HostConfig.Mounts[].Type`.
 */
export function fieldPaths(shape: ObjectShape, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, value] of shape.keys) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    paths.push(path);
    if (value.kind === 'object') paths.push(...fieldPaths(value, path));
    if (value.kind === 'array' && value.items) paths.push(...fieldPaths(value.items, `${path}[]`));
  }
  return paths;
}

/** Merges object shapes left to right, as a spread or `Object.assign` would. */
export function mergeObjects(shapes: readonly ObjectShape[]): ObjectShape {
  const keys = new Map<string, Shape>();
  for (const shape of shapes) for (const [key, value] of shape.keys) keys.set(key, value);
  return { kind: 'object', keys, complete: shapes.every((s) => s.complete) };
}
