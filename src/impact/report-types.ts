/**
 * The impact report as data: what moving from one API version (or Docker
 * release) to another changes, for given code and for the API as a whole.
 * Renderers (src/report/impact/) only format it; docs/report.md documents
 * its JSON form.
 */
import type { FactKind } from '../data/element-types.ts';
import type { ShapeField } from '../data/history-types.ts';
import type { PinProblem, Side } from './side.ts';

interface ItemBase {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Element key; for pin items the operation, or `DOCKER_API_VERSION`. */
  readonly element: string;
  /** The API version the item is about (see each kind). */
  readonly version: string;
}

/**
 * One thing that changes for one usage. `version` is:
 * - `removed`: the first version without the element (upgrade);
 * - `unavailable`: the element's `since`, newer than `to` (downgrade);
 * - `available`: the first version with it again at `to` (its `since` on an upgrade);
 * - `deprecated`: the version that deprecates it;
 * - `changed`, `enum-changed`: the version of the change;
 * - `behaviour`: the version of a behaviour fact the move crosses (see docs/data.md);
 * - `pin-refused`, `pin-accepted`: the pinned version.
 */
export type CodeItem =
  | (ItemBase & { readonly kind: 'removed' | 'unavailable' | 'available' | 'deprecated' })
  | (ItemBase & {
      readonly kind: 'changed';
      readonly field: ShapeField;
      /** Facet value at `from` and at `to` (see ShapeChange). */
      readonly before: string | boolean | null;
      readonly after: string | boolean | null;
    })
  | (ItemBase & {
      readonly kind: 'enum-changed';
      /** Enum values the element gains / loses between `from` and `to`. */
      readonly added: readonly string[];
      readonly removed: readonly string[];
    })
  | (ItemBase & {
      readonly kind: 'pin-refused';
      readonly problem: PinProblem;
      /** The `to` side's maximum (above-max) or default minimum (below-min). */
      readonly limit: string;
    })
  | (ItemBase & {
      readonly kind: 'behaviour';
      /** The behaviour fact's kind: `honoured-since`, `default-changed`, … */
      readonly fact: FactKind;
      /** `file:line@commit` of the fact. */
      readonly source: string;
    })
  | (ItemBase & { readonly kind: 'pin-accepted' });

export type CodeItemKind = CodeItem['kind'];

/** Kinds in the order reports list them: what breaks first. */
export const ITEM_KINDS: readonly CodeItemKind[] = [
  'pin-refused',
  'removed',
  'unavailable',
  'changed',
  'enum-changed',
  'behaviour',
  'deprecated',
  'available',
  'pin-accepted',
];

/** What one version changed on one endpoint; element keys, sorted. */
export interface EndpointChanges {
  /** The operation key: `POST /containers/create`. */
  readonly endpoint: string;
  /** True when the scanned code uses this operation. */
  readonly used: boolean;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly deprecated: readonly string[];
  readonly changed: readonly {
    readonly element: string;
    readonly changes: readonly {
      readonly field: ShapeField;
      readonly from: string | boolean | null;
      readonly to: string | boolean | null;
    }[];
  }[];
}

export interface ApiStep {
  readonly version: string;
  readonly endpoints: readonly EndpointChanges[];
}

/** One API version on the timeline, oldest first. */
export interface TimelineEntry {
  readonly api: string;
  /** The first final release whose newest API this is; null when none (unreleased or skipped). */
  readonly docker: string | null;
  /** Between `from` and `to`, both included. */
  readonly inSpan: boolean;
  readonly mark: 'from' | 'to' | 'both' | null;
}

export interface ImpactReport {
  readonly from: Side;
  readonly to: Side;
  /** `same` when both sides are the same API version. */
  readonly direction: 'upgrade' | 'downgrade' | 'same';
  /** Section one; null when no paths were given. */
  readonly code: {
    readonly files: number;
    readonly usages: number;
    readonly items: readonly CodeItem[];
  } | null;
  /** Section two: every version between the sides, in the direction of travel. */
  readonly api: {
    /** True when endpoints the code does not use are left out (`--only-used`). */
    readonly onlyUsed: boolean;
    readonly versions: readonly ApiStep[];
  };
  readonly timeline: readonly TimelineEntry[];
}
