import { elementStore } from '../../../data/store.ts';
import type { ElementPlace } from '../../usage.ts';

/**
 * The element data's names for one operation, to tell struct fields (whose
 * keys are elements) from free-form maps (`Labels`, `Options`: keys are
 * data) and to leave out what no API version knows.
 */
export class KnownElements {
  /** Lower-cased `place:path` with `{}` for map values → the data's spelling. */
  readonly #names = new Map<string, string>();
  /** Lower-cased body paths that have fields under them. */
  readonly #parents = new Set<string>();
  /** Lower-cased body paths whose values are a map of structs (`EndpointsConfig` of `EndpointsConfig{}.Aliases`). */
  readonly #maps = new Set<string>();

  constructor(operation: string) {
    for (const [suffix, element] of elementStore().elementsOf(operation)) {
      if (!suffix || element.facts.value !== undefined) continue;
      this.#names.set(suffix.toLowerCase(), suffix);
      if (!suffix.startsWith('body:')) continue;
      const path = suffix.slice(5).toLowerCase();
      for (let i = 0; i < path.length; i++) {
        if (path[i] === '.') this.#parents.add(path.slice(0, i));
        if (path.startsWith('{}', i)) this.#maps.add(path.slice(0, i));
        if (path.startsWith('[]', i)) this.#parents.add(path.slice(0, i + 2));
      }
    }
  }

  /** The data's key for `place:name` (`body:HostConfig.CgroupnsMode`), map keys standing as `{}`; undefined if unknown. */
  canonical(place: ElementPlace, name: string): string | undefined {
    const folded = `${place}:${place === 'body' ? mapForm(name, this.#maps) : name}`.toLowerCase();
    return this.#names.get(place === 'query' ? `query:${name}`.toLowerCase() : folded);
  }

  /** Whether the keys of a dict written at `path` are fields (not map keys of data). */
  hasFields(path: string): boolean {
    const form = mapForm(path, this.#maps).toLowerCase();
    return path === '' || this.#parents.has(form) || this.#maps.has(form);
  }

  /** Whether the keys of a dict written at `path` name map entries whose values have fields. */
  isMapOfStructs(path: string): boolean {
    return this.#maps.has(mapForm(path, this.#maps).toLowerCase());
  }
}

/** `NetworkingConfig.EndpointsConfig.mynet.Aliases` → `NetworkingConfig.EndpointsConfig{}.Aliases`. */
function mapForm(path: string, maps: ReadonlySet<string>): string {
  const parts = path.split('.');
  let out = '';
  for (const part of parts) {
    if (out && maps.has(out.toLowerCase()) && !out.endsWith('{}')) {
      out += `{}${part.replace(/^[^[]*/, '')}`;
      continue;
    }
    out = out ? `${out}.${part}` : part;
  }
  return out;
}

const cache = new Map<string, KnownElements>();

export function knownElements(operation: string): KnownElements {
  let known = cache.get(operation);
  if (!known) {
    known = new KnownElements(operation);
    cache.set(operation, known);
  }
  return known;
}
