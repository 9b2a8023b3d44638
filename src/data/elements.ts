import { formatKeySuffix, parseElementKey } from './element-key.ts';
import type { ElementFacts, ElementIn } from './element-types.ts';
import type { ShapeChange } from './history-types.ts';
import { globMatcher } from './path-glob.ts';
import { elementStore, type StoredElement } from './store.ts';
import { type VersionTest, versionTest } from './version-filter.ts';

/** Selects elements; every given member must match. */
export interface ElementFilter {
  /** Location(s): `operation`, `path`, `query`, `header`, `body`, `response`. */
  readonly in?: ElementIn | readonly ElementIn[];
  /** HTTP method, any case. */
  readonly method?: string;
  /** Substring of the path template, or a glob when it has `*` (`*` within a segment, `**` across). */
  readonly path?: string;
  /** Version filter on since: `1.41`, `>=1.40`, `<1.30`. */
  readonly since?: string;
  /** `true`: removed at some point; `false`: still present; or a version filter. */
  readonly removed?: boolean | string;
  /** `true`: deprecated; `false`: not; or a version filter. */
  readonly deprecated?: boolean | string;
}

/** Looks an element up, accepting other names for path parameters; undefined when unknown. */
export function getElement(key: string): ElementFacts | undefined {
  return findStored(key)?.facts;
}

/** An element's shape changes (type, format, default, required, nullable), oldest first. */
export function getElementChanges(key: string): readonly ShapeChange[] | undefined {
  return findStored(key)?.changes;
}

function findStored(key: string): StoredElement | undefined {
  const store = elementStore();
  const decoded = store.decodedElement(key);
  if (decoded) return decoded;
  const parts = parseElementKey(key);
  if (!parts) return undefined;
  const operation = store.findOperation(parts.method, parts.path);
  if (!operation) return undefined;
  const suffix = parts.in === 'operation' ? '' : formatKeySuffix(parts.in, parts.name ?? '', parts.value);
  return store.elementsOf(operation).get(suffix);
}

/** Every element matching `filter`, in key order. */
export function listElements(filter: ElementFilter = {}): ElementFacts[] {
  const matches = compileFilter(filter);
  const found: ElementFacts[] = [];
  for (const { facts } of elementStore().all()) if (matches(facts)) found.push(facts);
  return found;
}

function compileFilter(filter: ElementFilter): (facts: ElementFacts) => boolean {
  const tests: ((facts: ElementFacts) => boolean)[] = [];
  if (filter.in !== undefined) {
    const locations = new Set<string>(typeof filter.in === 'string' ? [filter.in] : filter.in);
    tests.push((facts) => locations.has(facts.in));
  }
  if (filter.method !== undefined) {
    const method = filter.method.toUpperCase();
    tests.push((facts) => facts.method === method);
  }
  if (filter.path !== undefined) {
    const matchesPath = pathMatcher(filter.path);
    tests.push((facts) => matchesPath(facts.path));
  }
  addVersionTest(tests, filter.since, (facts) => facts.since);
  addVersionTest(tests, filter.removed, (facts) => facts.removed);
  addVersionTest(tests, filter.deprecated, (facts) => facts.deprecated);
  return (facts) => tests.every((test) => test(facts));
}

function addVersionTest(
  tests: ((facts: ElementFacts) => boolean)[],
  filter: boolean | string | undefined,
  pick: (facts: ElementFacts) => string | null,
): void {
  if (filter === undefined) return;
  const test: VersionTest = versionTest(filter);
  tests.push((facts) => test(pick(facts)));
}

function pathMatcher(pattern: string): (path: string) => boolean {
  if (!pattern.includes('*')) return (path) => path.includes(pattern);
  return globMatcher(pattern);
}
