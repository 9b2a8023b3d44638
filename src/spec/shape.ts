import type { ElementShape } from '../data/element-types.ts';
import { compareText } from '../text/compare.ts';
import { type SchemaView, viewSchema } from './schema-view.ts';

/** The shape facts of one element; members that are not stated (or false) are omitted. */
export function shapeOf(view: SchemaView, required: boolean): ElementShape {
  const items = view.items ? viewSchema(view.items) : undefined;
  const values = enumStrings(view.enum ?? items?.enum);
  const shape: { -readonly [K in keyof ElementShape]: ElementShape[K] } = {};
  if (view.type !== undefined) shape.type = view.type;
  if (view.format !== undefined) shape.format = view.format;
  if (items?.type !== undefined) shape.items = items.type;
  if (values) shape.enum = values;
  if (view.hasDefault) shape.default = JSON.stringify(view.default) ?? 'null';
  if (required) shape.required = true;
  if (view.nullable) shape.nullable = true;
  if (view.deprecated) shape.deprecated = true;
  return shape;
}

/** Enum values as sorted, unique strings (non-strings JSON-encoded: `1`, `true`, `null`). */
export function enumStrings(values: readonly unknown[] | undefined): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  const strings = values.map((value) =>
    typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null'),
  );
  return [...new Set(strings)].sort(compareText);
}
