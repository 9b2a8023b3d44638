import type { ElementFacts } from './element-types.ts';

/** A facet of an element's shape whose changes are recorded per version. */
export type ShapeField = 'type' | 'format' | 'items' | 'default' | 'required' | 'nullable';

/** The facets compared between versions, in the order changes are listed. */
export const SHAPE_FIELDS: readonly ShapeField[] = [
  'type',
  'format',
  'items',
  'default',
  'required',
  'nullable',
];

/**
 * One change of one facet of an element's shape. Enum sets are not listed
 * here: every enum value is an element of its own, so its since/removed
 * already say when the set changed.
 */
export interface ShapeChange {
  /** The first API version with the new facet value. */
  readonly version: string;
  readonly field: ShapeField;
  /**
   * Facet value before and after: a string for `type`, `format`, `items`
   * (the item type of an array) and `default` (JSON-encoded, as in
   * ElementShape); a boolean for `required` and `nullable`; null when the
   * spec states nothing.
   */
  readonly from: string | boolean | null;
  readonly to: string | boolean | null;
}

/** An element's facts plus its shape changes, oldest first. */
export interface ElementHistory extends ElementFacts {
  readonly changes: readonly ShapeChange[];
}
