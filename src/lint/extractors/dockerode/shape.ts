import type { Position } from '../../usage.ts';

/**
 * What the source shows of a value passed to dockerode: an object literal's
 * keys (nested, each where it is written), an array's items, a string
 * literal, a function, or something not known.
 */
export type Shape =
  | ObjectShape
  | ArrayShape
  | { readonly kind: 'string'; readonly value: string; readonly at?: Position }
  | { readonly kind: 'function' }
  | { readonly kind: 'unknown' };

export interface ObjectShape {
  readonly kind: 'object';
  /** Keys as written, in source order; computed keys are left out. */
  readonly keys: ReadonlyMap<string, Shape>;
  /** Where each key is written (absent for keys that come from nowhere visible). */
  readonly keyAt: ReadonlyMap<string, Position>;
  /** False when a spread or computed key could not be resolved: more keys may be sent. */
  readonly complete: boolean;
}

export interface ArrayShape {
  readonly kind: 'array';
  /** The object items, each as written. */
  readonly items: readonly ObjectShape[];
}

export const unknownShape: Shape = { kind: 'unknown' };

/** A field written in an options object, where its key and its value are. */
export interface WrittenField {
  readonly path: string;
  readonly at?: Position;
  readonly value?: string;
  readonly valueAt?: Position;
}

/**
 * Fields below an object, parents included, as the raw-path extractors
 * write them: `HostConfig`, `HostConfig.Mounts`, `HostConfig.Mounts[].Type`.
 */
export function fieldsOf(shape: ObjectShape, prefix = ''): WrittenField[] {
  const fields: WrittenField[] = [];
  for (const [key, value] of shape.keys) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    fields.push(fieldOf(path, shape.keyAt.get(key), value));
    fields.push(...nestedFields(value, path));
  }
  return fields;
}

/** One key with its value, when the value is a string literal. */
export function fieldOf(path: string, at: Position | undefined, value: Shape): WrittenField {
  return {
    path,
    ...(at && { at }),
    ...(value.kind === 'string' && { value: value.value, ...(value.at && { valueAt: value.at }) }),
  };
}

/** The fields inside a value: an object's keys, each object item's keys. */
export function nestedFields(value: Shape, path: string): WrittenField[] {
  if (value.kind === 'object') return fieldsOf(value, path);
  if (value.kind === 'array') return value.items.flatMap((item) => fieldsOf(item, `${path}[]`));
  return [];
}

/** Merges object shapes left to right, as a spread or `Object.assign` would. */
export function mergeObjects(shapes: readonly ObjectShape[]): ObjectShape {
  const keys = new Map<string, Shape>();
  const keyAt = new Map<string, Position>();
  for (const shape of shapes) {
    for (const [key, value] of shape.keys) {
      keys.set(key, value);
      const at = shape.keyAt.get(key);
      if (at) keyAt.set(key, at);
      else keyAt.delete(key);
    }
  }
  return { kind: 'object', keys, keyAt, complete: shapes.every((s) => s.complete) };
}
