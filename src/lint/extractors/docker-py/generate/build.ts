import { elementStore } from '../../../../data/store.ts';
import type { PinnedSource } from '../../../../sources/read.ts';
import type { Callable, GateFacts, ModelClass, RequestFacts, TypeFacts } from '../table.ts';
import { CORRECTIONS, type Correction } from './corrections.ts';
import { Registry } from './registry.ts';
import { type ResolvedGate, type ResolvedRequest, Resolver } from './resolve.ts';

/** The surface of one docker-py release, before releases are merged. */
export interface ReleaseSurface {
  readonly version: string;
  readonly commit: string;
  readonly defaultApiVersion: string;
  readonly defaultAt: string;
  readonly api: Record<string, Callable>;
  readonly types: Record<string, TypeFacts>;
  readonly factories: Record<string, string>;
  readonly models: Record<string, ModelClass>;
  readonly client: Record<string, string>;
  /** HTTP calls whose path names no operation of the element data. */
  readonly unmatched: string[];
  /** Keys docker-py's code could set that the element data does not know (left out of the table). */
  readonly dropped: string[];
}

const PUBLIC = /^[a-z]\w*$/;

export function readRelease(source: PinnedSource): ReleaseSurface {
  const registry = new Registry(source);
  const resolver = new Resolver(registry);
  const unmatched = new Set<string>();
  const applied = new Set<Correction>();
  const dropped = new Set<string>();
  const callable = (key: string): Callable | undefined => {
    const facts = registry.facts(key);
    const entry = registry.entries.get(key);
    if (!facts || !entry) return undefined;
    const resolved = resolver.resolve(key);
    // `#0`: the first argument passed on through `*args` (`images.search(*args)` → `search(term)`).
    const accepts = (origin: string) =>
      facts.params.names.includes(origin) ||
      (facts.params.kwargs !== undefined && /^\w+$/.test(origin)) ||
      (facts.params.star !== undefined && /^#\d+$/.test(origin));
    const requests: RequestFacts[] = [];
    const keywords = new Map<string, Set<string>>();
    const together = new Map<string, Set<string>>();
    for (const request of resolved.requests) {
      const op = operationOf(request);
      if (!op) {
        unmatched.add(`${request.method} ${request.url} ${request.at}`);
        continue;
      }
      // A retry of a request already listed (create again after pulling) adds nothing.
      if (request.fallback && requests.some((r) => r.op === op && !r.fallback)) continue;
      const when = [...request.when].filter(accepts).sort(compare);
      const unless = [...request.unless].filter(accepts).sort(compare);
      const facts: RequestFacts = {
        op,
        at: request.at,
        ...(request.fallback ? { fallback: true as const } : {}),
        ...(request.follow ? { follow: true as const } : {}),
        ...(when.length > 0 ? { when } : {}),
        ...(unless.length > 0 ? { unless } : {}),
      };
      const same = (r: RequestFacts) =>
        JSON.stringify({ ...r, at: '' }) === JSON.stringify({ ...facts, at: '' });
      let index = requests.findIndex(same);
      if (index === -1) {
        index = requests.length;
        requests.push(facts);
      }
      for (const use of request.keys) {
        if (use.in === 'header' && use.name === '') continue;
        const name = use.name === '' ? '' : knownName(op, use.in, use.name.replace(/\[\]$/, ''));
        if (name === undefined) {
          dropped.add(`${op} ${use.in}:${use.name}`);
          continue;
        }
        const key = `${index} ${use.in}:${name}`;
        const corrected = CORRECTIONS.find((c) => c.op === op && c.drop.includes(`${use.in}:${name}`));
        const plain = [...use.origins].filter(accepts);
        // Positions passed on through `*args` (`#4`) stand for a keyword also listed: not a second condition.
        const all = [...use.origins]
          .filter((o) => o.startsWith('?') && !o.startsWith('?#') && accepts(o.slice(1)))
          .map((o) => o.slice(1));
        for (const origin of plain) {
          if (corrected?.keyword === origin) {
            applied.add(corrected);
            continue;
          }
          add(keywords, origin, key);
        }
        if (all.length > 0) add(together, [...new Set(all)].sort(compare).join(' '), key);
      }
    }
    if (requests.length === 0) return undefined;
    return {
      at: `${entry.file}:${facts.line}`,
      params: facts.params.names,
      ...(facts.params.kwargs ? { kwargs: true as const } : {}),
      requests,
      keywords: sortedRecord(keywords),
      ...(together.size > 0
        ? {
            together: [...together]
              .sort(([a], [b]) => compare(a, b))
              .map(([names, keys]) => ({ keywords: names.split(' '), keys: [...keys].sort(compare) })),
          }
        : {}),
      gates: gateFacts(resolved.gates, accepts, (scope) => scopeOps(scope)),
    };
  };

  const api: Record<string, Callable> = {};
  const factories: Record<string, string> = {};
  const types: Record<string, TypeFacts> = {};
  const models: Record<string, ModelClass> = {};
  for (const key of [...registry.entries.keys()].sort(compare)) {
    const [kind, rest = ''] = split(key);
    if (kind === 'api' && PUBLIC.test(rest)) {
      const facts = callable(key);
      if (facts) api[rest] = facts;
      const result = registry.facts(key)?.result;
      const only = result?.calls.length === 1 ? result.calls[0]?.callee : undefined;
      if (!facts && only?.startsWith('type:')) factories[rest] = only.slice(5);
    }
  }
  for (const [cls] of [...registry.bases].sort(([a], [b]) => compare(a, b))) {
    const typeKey = registry.typeKey(cls);
    const entry =
      registry.entries.get(`type:${cls}`) ?? (typeKey ? registry.entries.get(typeKey) : undefined);
    if (typeKey && entry?.file.startsWith('docker/types/'))
      types[cls] = typeFacts(registry, resolver, typeKey);
    const methods: Record<string, Callable> = {};
    for (const key of registry.entries.keys()) {
      const [kind, rest = ''] = split(key);
      const [owner, method = ''] = rest.split('.');
      if (kind !== 'model' || owner !== cls || !PUBLIC.test(method)) continue;
      const facts = callable(key);
      if (facts) methods[method] = facts;
    }
    if (Object.keys(methods).length > 0) {
      const model = registry.models.get(cls);
      models[cls] = { ...(model ? { model } : {}), methods: sortedObject(methods) };
    }
  }
  const stale = CORRECTIONS.filter((c) => !applied.has(c));
  if (stale.length > 0)
    throw new Error(
      `${source.id}: corrections no longer apply: ${stale.map((c) => `${c.op} ${c.keyword}`).join(', ')}`,
    );
  const constants = registry.constants.get('docker/constants.py');
  const defaultVersion = constants?.get('DEFAULT_DOCKER_API_VERSION');
  if (!defaultVersion)
    throw new Error(`${source.id}: DEFAULT_DOCKER_API_VERSION not found in docker/constants.py`);
  return {
    version: source.entry.ref,
    commit: source.entry.commit,
    defaultApiVersion: defaultVersion.value,
    defaultAt: `docker/constants.py:${defaultVersion.line}`,
    api,
    types,
    factories,
    models,
    client: Object.fromEntries([...registry.properties].sort(([a], [b]) => compare(a, b))),
    unmatched: [...unmatched].sort(compare),
    dropped: [...dropped].sort(compare),
  };
}

function typeFacts(registry: Registry, resolver: Resolver, key: string): TypeFacts {
  const facts = registry.facts(key);
  const entry = registry.entries.get(key);
  if (!facts || !entry) throw new Error(`no facts for ${key}`);
  const resolved = resolver.resolve(key);
  const accepts = (origin: string) =>
    facts.params.names.includes(origin) || (facts.params.kwargs !== undefined && /^\w+$/.test(origin));
  const keywords = new Map<string, Set<string>>();
  for (const { path, origins } of resolved.entries)
    for (const origin of origins)
      if (accepts(origin) && origin !== 'version' && path !== '[]')
        add(keywords, origin, path.replace(/\[\]$/, ''));
  return {
    at: `${entry.file}:${facts.line}`,
    params: facts.params.names,
    ...(facts.params.kwargs ? { kwargs: true as const } : {}),
    keywords: sortedRecord(keywords),
    gates: gateFacts(resolved.gates, accepts),
  };
}

function scopeOps(scope: ReadonlySet<string>): string[] {
  const ops = new Set<string>();
  for (const request of scope) {
    const space = request.indexOf(' ');
    const op = operationOf({ method: request.slice(0, space), url: request.slice(space + 1) });
    if (op) ops.add(op);
  }
  return [...ops].sort(compare);
}

function gateFacts(
  gates: readonly ResolvedGate[],
  accepts: (origin: string) => boolean,
  opsOf: (scope: ReadonlySet<string>) => string[] = () => [],
): GateFacts[] {
  const seen = new Map<string, GateFacts>();
  for (const gate of gates) {
    const keywords = [...new Set([...gate.origins].map((o) => o.replace(/^\?/, '')))]
      .filter(accepts)
      .sort(compare);
    if (gate.origins.size > 0 && keywords.length === 0) continue;
    const facts: GateFacts = {
      [gate.kind]: gate.version,
      ...(keywords.length > 0 ? { keywords } : {}),
      ...(opsOf(gate.scope).length > 0 ? { ops: opsOf(gate.scope) } : {}),
      at: gate.at,
    };
    seen.set(JSON.stringify(facts), facts);
  }
  return [...seen.values()].sort(
    (a, b) => compare(a.at, b.at) || compare(JSON.stringify(a), JSON.stringify(b)),
  );
}

/**
 * The element data's spelling of a query, header or body name of `op`, or
 * undefined when the data has no such element. Body paths and headers match
 * without regard to case, as the daemon decodes them.
 */
function knownName(op: string, place: string, name: string): string | undefined {
  let names = knownNames.get(op);
  if (!names) {
    names = new Map();
    for (const [suffix, element] of elementStore().elementsOf(op)) {
      if (element.facts.value !== undefined || !suffix) continue;
      const exact = suffix;
      const folded = suffix.startsWith('query:') ? suffix : suffix.toLowerCase();
      names.set(folded, exact);
    }
    knownNames.set(op, names);
  }
  const wanted = `${place}:${name}`;
  return names.get(place === 'query' ? wanted : wanted.toLowerCase())?.slice(place.length + 1);
}

const knownNames = new Map<string, Map<string, string>>();

function operationOf(request: Pick<ResolvedRequest, 'method' | 'url'>): string | undefined {
  if (!request.url) return undefined;
  const path = request.url.split('?')[0] ?? '';
  return elementStore().findOperation(request.method, path.replace(/\{\d*\}/g, '{x}'));
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

function sortedRecord(map: Map<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries(
    [...map].sort(([a], [b]) => compare(a, b)).map(([k, v]) => [k, [...v].sort(compare)]),
  );
}

function sortedObject<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}

function split(key: string): [string, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1)];
}

/** Code-unit order, the same on every machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
