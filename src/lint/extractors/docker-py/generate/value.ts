/**
 * What the generator knows about a Python value inside one docker-py
 * function: which keyword arguments of the function it derives from, the
 * dict it is (string keys only), and the docker-py calls it may be the
 * result of. Flow-insensitive on purpose: every assignment merges.
 */
export interface Value {
  /** Keyword names of the function (parameters or `**kwargs` keys; `p:k` for `p.get('k')` on a plain parameter). */
  readonly origins: Set<string>;
  readonly dict: Map<string, Value>;
  readonly calls: CallValue[];
  /** The path template of a `self._url(...)` call. */
  url?: string;
  /** Entries of what docker-py calls return (`hc.get('PortBindings')` of `hc = HostConfig(...)`), resolved later. */
  members?: { readonly call: CallValue; readonly key: string }[];
  /** The function's `*args` (star) or `**kwargs` (starKw) itself. */
  star?: boolean;
  starKw?: boolean;
}

/** A call to a function the generator may know, with its arguments as values. */
export interface CallValue {
  readonly callee: string;
  readonly positional: Value[];
  readonly keywords: Map<string, Value>;
  readonly starArgs: Value[];
  readonly starKwargs: Value[];
  readonly line: number;
  /** Inside an `except` clause: a fallback, not the normal path. */
  readonly fallback: boolean;
  /** Keywords that must be given (truthy) for the call to happen: `if remove: container.remove()`. */
  readonly when: readonly string[];
  /** Keywords whose truth makes the function return before the call: `if detach: return container`. */
  readonly unless: readonly string[];
}

export function emptyValue(): Value {
  return { origins: new Set(), dict: new Map(), calls: [] };
}

export function originValue(...origins: string[]): Value {
  return { origins: new Set(origins), dict: new Map(), calls: [] };
}

/** Merges `from` into `into` (in place) and returns `into`. */
export function mergeInto(into: Value, from: Value | undefined): Value {
  if (!from || from === into) return into;
  for (const origin of from.origins) into.origins.add(origin);
  for (const [key, value] of from.dict) {
    const existing = into.dict.get(key);
    if (existing) mergeInto(existing, value);
    else into.dict.set(key, copyValue(value));
  }
  for (const call of from.calls) if (!into.calls.includes(call)) into.calls.push(call);
  if (from.url !== undefined) into.url ??= from.url;
  for (const member of from.members ?? []) {
    into.members ??= [];
    if (!into.members.includes(member)) into.members.push(member);
  }
  if (from.star) into.star = true;
  if (from.starKw) into.starKw = true;
  return into;
}

export function copyValue(value: Value): Value {
  return mergeInto(emptyValue(), value);
}

export function union(values: readonly (Value | undefined)[]): Value {
  const result = emptyValue();
  for (const value of values) mergeInto(result, value);
  return result;
}
