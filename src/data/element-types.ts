/**
 * Types shared by the spec normaliser, the differ, the committed data and the
 * linter. Keys follow DESIGN.md "Element keys".
 */

/** Where an element lives in a request or response. */
export type ElementIn = 'operation' | 'path' | 'query' | 'header' | 'body' | 'response';

/**
 * Facts about one element as one API version defines it. Only facts, never
 * description text. Absent members mean "not stated by the spec".
 */
export interface ElementShape {
  /** Swagger type (`string`, `integer`, `boolean`, `array`, `object`, `file`). */
  readonly type?: string;
  readonly format?: string;
  /** For arrays: the item type; enum values of the items count as the element's own. */
  readonly items?: string;
  /** Allowed values, sorted, as strings. */
  readonly enum?: readonly string[];
  /** The default value, JSON-encoded. */
  readonly default?: string;
  readonly required?: boolean;
  readonly nullable?: boolean;
  /** The spec marks the element deprecated (by flag or by a deprecation notice). */
  readonly deprecated?: boolean;
}

/** One element of one API version, as the normaliser produces it. */
export interface SpecElement {
  /** The element key with this version's own path-parameter names. */
  readonly key: string;
  readonly method: string;
  /** Path template with this version's parameter names, e.g. `/containers/{id}/json`. */
  readonly path: string;
  readonly in: ElementIn;
  /** Parameter name or field path (`HostConfig.Mounts[].Type`); absent for operations. */
  readonly name?: string;
  /** Enum value, for enum-value elements. */
  readonly value?: string;
  readonly shape: ElementShape;
}

/** Every element of one API version. */
export interface NormalizedSpec {
  /** `1.41` */
  readonly version: string;
  readonly elements: readonly SpecElement[];
}

/** One span of presence: `since` inclusive, `removed` exclusive (null: still present). */
export interface Span {
  readonly since: string;
  readonly removed: string | null;
}

/** An element's history as shipped in data/ and printed by `elements --json`. */
export interface ElementFacts {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly in: ElementIn;
  readonly name?: string;
  readonly value?: string;
  /** First API version that has the element; `1.24` means "1.24 or earlier". */
  readonly since: string;
  /** First version that marks it deprecated, or null. */
  readonly deprecated: string | null;
  /** First version that no longer has it (after its last span), or null. */
  readonly removed: string | null;
  /** Present only when the element was removed and re-added: every span in order. */
  readonly history?: readonly Span[];
  /**
   * What the daemon does, where it differs from the documented since/removed
   * above (the specs): present only then. See DESIGN.md "Element facts:
   * documented and effective".
   */
  readonly effective?: EffectiveSpan;
  /** Behaviour changes no spec shows, oldest first; present only when there are some. */
  readonly facts?: readonly BehaviourFact[];
}

/** The effective presence of an element: the API versions a daemon serves it at. */
export interface EffectiveSpan {
  readonly since: string;
  readonly removed: string | null;
  /** Present only where the daemon's deprecation differs from the documented one. */
  readonly deprecated?: string;
  /** `file:line@commit` of every source the span rests on. */
  readonly sources: readonly string[];
}

/** The kinds of behaviour fact, in the order they are documented (docs/data.md). */
export const FACT_KINDS = [
  'honoured-since',
  'ignored-since',
  'default-changed',
  'validated-since',
  'experimental-until',
  'unversioned-change',
] as const;

export type FactKind = (typeof FACT_KINDS)[number];

/** One behaviour change of an element at an API version, with its source. */
export interface BehaviourFact {
  readonly kind: FactKind;
  /** The API version it takes effect at (for `unversioned-change`: the section noting it). */
  readonly version: string;
  /** `file:line@commit`. */
  readonly source: string;
}
