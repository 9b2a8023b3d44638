import type { Registry } from './registry.ts';
import type { CallValue, Value } from './value.ts';

/** A JSON path (or query, header name) and the keywords of the function whose value lands there. */
export interface Entry {
  readonly path: string;
  readonly origins: ReadonlySet<string>;
}

/** What one keyword-bound value is, seen from the caller: its own keywords and its inner paths. */
interface Structure {
  readonly origins: Set<string>;
  readonly nested: Entry[];
}

export type Place = 'query' | 'header' | 'body';

export interface KeyUse {
  readonly in: Place;
  /** Query or header name, or body path; `''` means the value is the whole query, header set or body. */
  readonly name: string;
  readonly origins: ReadonlySet<string>;
}

export interface ResolvedRequest {
  readonly method: string;
  readonly url: string;
  /** `file:line` of the HTTP call. */
  readonly at: string;
  readonly keys: KeyUse[];
  /** Sent only when the first attempt failed (an `except` clause). */
  readonly fallback: boolean;
  /** A follow-up read of the object just made (`self.get(id)`, `reload()`). */
  readonly follow: boolean;
  /** Keywords that must be given for the request to be sent. */
  readonly when: ReadonlySet<string>;
  /** Keywords that, given, stop the request from being sent. */
  readonly unless: ReadonlySet<string>;
}

export interface ResolvedGate {
  readonly version: string;
  readonly kind: 'min' | 'max' | 'branch';
  /** Empty: the gate applies whatever the arguments. */
  readonly origins: ReadonlySet<string>;
  /** `file:line`. */
  readonly at: string;
  /** The requests it guards, as `METHOD url`; empty while no request is known (a type's gate). */
  readonly scope: ReadonlySet<string>;
}

export interface Resolved {
  readonly requests: ResolvedRequest[];
  readonly gates: ResolvedGate[];
  /** The dict the function returns or the class builds, as paths. */
  readonly entries: Entry[];
}

const EMPTY: Resolved = { requests: [], gates: [], entries: [] };
const FOLLOW_UPS = /\.(get|reload)$/;
/** A private helper (`self._check_is_tty(id)`): its reads are docker-py's own, not the caller's. */
const PRIVATE = /(?:^|[.:])_\w+$/;

/** Follows the calls of each docker-py function to the requests it sends, with each keyword's keys. */
export class Resolver {
  readonly #cache = new Map<string, Resolved>();
  readonly #active = new Set<string>();

  readonly registry: Registry;

  constructor(registry: Registry) {
    this.registry = registry;
  }

  resolve(key: string): Resolved {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    if (this.#active.has(key)) return EMPTY;
    this.#active.add(key);
    const result = this.#compute(key);
    this.#active.delete(key);
    this.#cache.set(key, result);
    return result;
  }

  #compute(key: string): Resolved {
    const facts = this.registry.facts(key);
    const entry = this.registry.entries.get(key);
    if (!facts || !entry) return EMPTY;
    const requests: ResolvedRequest[] = facts.http.map((http) => ({
      method: http.method,
      url: http.url ?? '',
      at: `${entry.file}:${http.line}`,
      keys: [
        ...this.#topLevel('query', http.query),
        ...this.#topLevel('header', http.headers),
        ...(http.body ? this.#body(http.body, http.json) : []),
      ],
      fallback: http.fallback,
      follow: false,
      when: new Set<string>(),
      unless: new Set<string>(),
    }));
    const own = new Set(requests.map((r) => `${r.method} ${r.url}`));
    const gates: ResolvedGate[] = facts.gates.map((gate) => ({
      ...gate,
      at: `${entry.file}:${gate.line}`,
      scope: own,
    }));
    if (entry.minimumVersion)
      gates.push({
        version: entry.minimumVersion.version,
        kind: 'min',
        origins: new Set(),
        at: `${entry.file}:${entry.minimumVersion.line}`,
        scope: own,
      });
    for (const call of facts.calls) {
      const callee = this.resolve(call.callee);
      const bind = this.#binder(call);
      const follow =
        (FOLLOW_UPS.test(call.callee) && !key.endsWith(call.callee.slice(call.callee.lastIndexOf('.')))) ||
        PRIVATE.test(call.callee);
      for (const request of callee.requests)
        requests.push({
          ...request,
          keys: request.keys.flatMap((use) =>
            mapEntry({ path: use.name, origins: use.origins }, bind).map((e) => ({
              in: use.in,
              name: use.in === 'body' ? e.path : (e.path.split('.')[0] ?? ''),
              origins: e.origins,
            })),
          ),
          fallback: request.fallback || call.fallback,
          follow: request.follow || follow,
          when: new Set([...call.when, ...[...request.when].flatMap((o) => [...bind(o).origins])]),
          unless: new Set([...call.unless, ...[...request.unless].flatMap((o) => [...bind(o).origins])]),
        });
      for (const gate of callee.gates) {
        const origins = new Set([...gate.origins].flatMap((o) => [...bind(o.replace(/^\?/, '')).origins]));
        if (gate.origins.size > 0 && origins.size === 0) continue;
        gates.push({ ...gate, origins });
      }
    }
    // A gate of a type or helper guards every request the function sends.
    const all = new Set(requests.map((r) => `${r.method} ${r.url}`));
    const scoped = gates.map((gate) => (gate.scope.size > 0 ? gate : { ...gate, scope: all }));
    return { requests, gates: scoped, entries: this.flatten(facts.result, '') };
  }

  #topLevel(place: Place, value: Value | undefined): KeyUse[] {
    if (!value) return [];
    const keys: KeyUse[] = [];
    // A dict built by a helper (`params = _import_image_params(...)`) is that helper's keys, not the whole query.
    if (value.origins.size > 0 && value.calls.length === 0)
      keys.push({ in: place, name: '', origins: value.origins });
    for (const [name, inner] of value.dict) keys.push({ in: place, name, origins: this.#deepOrigins(inner) });
    for (const entry of value.calls.length > 0 ? this.flatten({ ...value, dict: new Map() }, '') : [])
      if (!/[.[]/.test(entry.path)) keys.push({ in: place, name: entry.path, origins: entry.origins });
    return keys;
  }

  #body(value: Value, json: boolean): KeyUse[] {
    const keys: KeyUse[] = [];
    if (json && value.origins.size > 0) keys.push({ in: 'body', name: '', origins: value.origins });
    for (const entry of this.flatten(value, ''))
      keys.push({ in: 'body', name: entry.path, origins: entry.origins });
    return keys;
  }

  /** The keywords a value derives from, entries of docker-py results it reads included. */
  originsOf(value: Value): Set<string> {
    const origins = new Set(value.origins);
    for (const { call, key } of value.members ?? []) {
      const bind = this.#binder(call);
      for (const entry of this.resolve(call.callee).entries)
        if (entry.path === key)
          for (const mapped of mapEntry(entry, bind))
            if (mapped.path === key) for (const o of mapped.origins) origins.add(o);
    }
    return origins;
  }

  #deepOrigins(value: Value): Set<string> {
    const origins = this.originsOf(value);
    for (const inner of value.dict.values()) for (const o of this.#deepOrigins(inner)) origins.add(o);
    return origins;
  }

  /** Every dict path of a value, the results of docker-py calls included. */
  flatten(value: Value, prefix: string): Entry[] {
    if (this.#flattening.has(value)) return [];
    this.#flattening.add(value);
    try {
      return this.#flatten(value, prefix);
    } finally {
      this.#flattening.delete(value);
    }
  }

  readonly #flattening = new Set<Value>();

  #flatten(value: Value, prefix: string): Entry[] {
    const out: Entry[] = [];
    for (const [key, inner] of value.dict) {
      const path = joinPath(prefix, key);
      out.push({ path, origins: this.originsOf(inner) });
      out.push(...this.flatten(inner, path));
    }
    for (const call of value.calls) {
      const bind = this.#binder(call);
      for (const entry of this.resolve(call.callee).entries)
        for (const mapped of mapEntry(entry, bind))
          out.push({ path: joinPath(prefix, mapped.path), origins: mapped.origins });
    }
    return out;
  }

  /** How the callee's keywords map to the caller's, for one call. */
  #binder(call: CallValue): (origin: string) => Structure {
    const params = this.registry.facts(call.callee)?.params ?? { names: [] };
    const named = (name: string): Value | undefined => {
      const index = params.names.indexOf(name);
      return call.keywords.get(name) ?? (index >= 0 ? call.positional[index] : undefined);
    };
    return (origin) => {
      const result: Structure = { origins: new Set(), nested: [] };
      const add = (value: Value | undefined) => {
        if (!value) return;
        for (const o of this.originsOf(value)) result.origins.add(o);
        result.nested.push(...this.flatten(value, ''));
      };
      const star = /^#(\d+)$/.exec(origin);
      const held = /^(\w+):(.+)$/.exec(origin);
      if (star) {
        const index = params.names.length + Number(star[1]);
        if (index < call.positional.length) add(call.positional[index]);
        else if (call.starArgs.some((v) => v.star)) result.origins.add(`#${index - call.positional.length}`);
        return result;
      }
      if (held) {
        const [, param = '', inner = ''] = held;
        const value = named(param);
        if (value?.starKw) result.origins.add(inner);
        if (value) this.#member(value, inner, result);
        return result;
      }
      const index = params.names.indexOf(origin);
      const direct = named(origin);
      if (direct) add(direct);
      else if (index >= call.positional.length && call.starArgs.some((v) => v.star) && index >= 0)
        result.origins.add(`#${index - call.positional.length}`);
      if (!direct)
        for (const spread of call.starKwargs) {
          if (spread.starKw) result.origins.add(origin);
          this.#member(spread, origin, result);
        }
      return result;
    };
  }

  /** The entry `key` of a dict value (its own dict or the dict a docker-py call returns), into `into`. */
  #member(value: Value, key: string, into: Structure): void {
    // A value merged into itself (`pref = PlacementPreference(*pref)` in a loop) must not recurse forever.
    if (this.#members.has(value)) return;
    this.#members.add(value);
    try {
      this.#memberOf(value, key, into);
    } finally {
      this.#members.delete(value);
    }
  }

  readonly #members = new Set<Value>();

  #memberOf(value: Value, key: string, into: Structure): void {
    const inner = value.dict.get(key);
    if (inner) {
      for (const o of this.originsOf(inner)) into.origins.add(o);
      into.nested.push(...this.flatten(inner, ''));
    }
    for (const call of value.calls) {
      const bind = this.#binder(call);
      for (const entry of this.resolve(call.callee).entries) {
        if (entry.path !== key && !entry.path.startsWith(`${key}.`) && !entry.path.startsWith(`${key}[]`))
          continue;
        for (const mapped of mapEntry(entry, bind)) {
          if (mapped.path === key) for (const o of mapped.origins) into.origins.add(o);
          else
            into.nested.push({
              path: mapped.path.slice(key.length).replace(/^\./, ''),
              origins: mapped.origins,
            });
        }
      }
    }
  }
}

/** A callee's entry in the caller's terms: its own path, and the paths under it the caller's values add. */
function mapEntry(entry: Entry, bind: (origin: string) => Structure): Entry[] {
  const origins = new Set<string>();
  const nested: Entry[] = [];
  for (const origin of entry.origins) {
    const together = origin.startsWith('?');
    const bound = bind(together ? origin.slice(1) : origin);
    for (const o of bound.origins) origins.add(together && !o.startsWith('?') ? `?${o}` : o);
    for (const inner of bound.nested)
      nested.push({ path: joinPath(entry.path, inner.path), origins: inner.origins });
  }
  return [{ path: entry.path, origins }, ...nested];
}

/** `a.b`, but `a[]` for array items and `b` alone at the top. */
export function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  return path.startsWith('[]') ? `${prefix}${path}` : `${prefix}.${path}`;
}
