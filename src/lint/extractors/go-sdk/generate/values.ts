import type { SgNode } from '@ast-grep/napi';
import type { TypeRef } from '../table-types.ts';

/**
 * An abstract value in the client's code: which of the caller's values flow
 * into it, which struct fields the client sets on it, which query or header
 * entries (for url.Values and http.Header), and its string when constant.
 * The analysis is flow-insensitive: assignments add, never replace.
 */
export class Val {
  /** Caller values as `param.Field.Sub` paths (`[]` for slice items). */
  readonly flows = new Set<string>();
  /** Fields the client writes (composite literal keys, `x.F = …`), by Go name. */
  readonly fields = new Map<string, Val>();
  /** url.Values / http.Header entries by name, with the caller values behind each. */
  readonly entries = new Map<string, Entry>();
  /** The composite literal's type, when one is written. */
  type?: TypeRef;
  /** A constant string (a literal or a path built from literals; dynamic parts are `{}`). */
  str?: string;
  /** The `*Client` itself: method calls on it are client calls. */
  client = false;
  /** For a request built but not yet sent: records it again with another method. */
  resend?: (method: string, at: SgNode) => void;

  static of(flows: Iterable<string>): Val {
    const val = new Val();
    for (const flow of flows) val.flows.add(flow);
    return val;
  }

  /** Adds what `other` carries to this value (for `x = …` and merged branches). */
  absorb(other: Val): void {
    if (other === this) return;
    for (const flow of other.flows) this.flows.add(flow);
    for (const [name, field] of other.fields) {
      const mine = this.fields.get(name);
      if (mine) mine.absorb(field);
      else this.fields.set(name, field);
    }
    for (const [name, entry] of other.entries) if (!this.entries.has(name)) this.entries.set(name, entry);
    this.type ??= other.type;
    // Two different constants: the value is not one string.
    if (this.str === undefined && this.flows.size === 0) this.str = other.str;
    else if (this.str !== other.str) this.str = undefined;
    this.client ||= other.client;
  }

  /** Reading `.name`: the written field, else the caller's field behind each flow. */
  select(name: string): Val {
    const written = this.fields.get(name);
    const derived = Val.of([...this.flows].map((flow) => `${flow}.${name}`));
    if (written) derived.absorb(written);
    return derived;
  }

  /** Writing `.name`: the field value, created on first write. */
  fieldForWrite(name: string): Val {
    let field = this.fields.get(name);
    if (!field) {
      field = Val.of([...this.flows].map((flow) => `${flow}.${name}`));
      this.fields.set(name, field);
    }
    return field;
  }
}

/** One query or header entry: the caller values it is set from, and where. */
export interface Entry {
  readonly flows: ReadonlySet<string>;
  readonly at: string;
  /** Set only when the caller's value is false or unset. */
  readonly unless?: true;
}

export const union = (vals: readonly Val[]): Val => {
  const out = new Val();
  for (const val of vals) for (const flow of val.flows) out.flows.add(flow);
  return out;
};
