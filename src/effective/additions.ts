import type { ChangelogBullet } from './changelog.ts';

/**
 * The changelog's high-confidence additions: a bullet that names one
 * endpoint, says it now accepts, takes, supports, returns or includes
 * something, and names a field or parameter that resolves to exactly one
 * element of that endpoint, or says the endpoint is new. Each is a claim
 * "this element appeared in this version" that the data can be checked
 * against.
 */
export interface ChangelogAddition {
  readonly key: string;
  readonly version: string;
  readonly line: number;
}

/** What the extractor needs to know about the element data. */
export interface ElementIndex {
  /** The canonical operation key for `METHOD /path`, or undefined. */
  findOperation(endpoint: string): string | undefined;
  /** Every non-enum element of an operation: key, location and name. */
  elementsOf(operation: string): readonly { key: string; in: string; name?: string }[];
}

const ADDS =
  /\bnow (?:also )?(?:accepts?|takes?|supports?|returns?|includes?|has)\b|\bis a new endpoint\b|\badded\b/i;
const NOT_ADDS =
  /\bno longer\b|\bdeprecated\b|\bremoved\b|\bomits?\b|\brenames?\b|\bfilter\b|\bvalues?\b|\bevents?\b|\binstead\b|\bmultiple\b|\bwarning\b/i;
// The subject of a bullet comes before these; names after them are context.
const CONTEXT = /\.\s|,\s*which\b|\bwhich\b|\bwhen\b|\bif\b|\breplaces\b|\bpreviously\b|\bin the form/i;
// "`Options` as part of `HostConfig.Mounts.TmpfsOptions`" names HostConfig.Mounts.TmpfsOptions.Options.
const PART_OF =
  /`([^`]+)`\s+(?:field\s+)?(?:as (?:a )?part of|in|inside|within|for|as|as an (?:additional )?option in)\s+(?:the\s+)?`([\w.-]+)`/g;
// The changelog's spelling of a field where the definitions spell it otherwise.
const SPELLINGS: Readonly<Record<string, string>> = { CapAdd: 'CapabilityAdd', CapDrop: 'CapabilityDrop' };
const NEW_ENDPOINT = /\bis a new endpoint\b/i;

/** The additions in sections `from`..`to` (inclusive, minor numbers of 1.x). */
export function changelogAdditions(
  bullets: readonly ChangelogBullet[],
  index: ElementIndex,
  from = 25,
  to = 52,
): ChangelogAddition[] {
  const found: ChangelogAddition[] = [];
  for (const bullet of bullets) {
    const minor = Number(bullet.version.split('.')[1]);
    if (minor < from || minor > to || bullet.endpoints.length !== 1) continue;
    if (!ADDS.test(bullet.text) || NOT_ADDS.test(bullet.text)) continue;
    const operation = index.findOperation(bullet.endpoints[0] as string);
    if (!operation) continue;
    if (NEW_ENDPOINT.test(bullet.text)) {
      found.push({ key: operation, version: bullet.version, line: bullet.line });
      continue;
    }
    const elements = index.elementsOf(operation);
    const wantsQuery = /query[- ]param/i.test(bullet.text);
    const resolved: string[] = [];
    const { names, parents } = subjectNames(bullet.text);
    for (const name of names) {
      const matches = elements.filter(
        (element) =>
          element.name !== undefined &&
          (!wantsQuery || element.in === 'query') &&
          element.in !== 'path' &&
          namesMatch(element.name, name),
      );
      const key = matches.length === 1 ? matches[0]?.key : undefined;
      if (key && !resolved.includes(key)) resolved.push(key);
      // "`rootless` in `SecurityOptions`": an unknown child is a value, and its parent only context.
      const parent = parents.get(name);
      if (parent !== undefined && key) continue;
      if (parent !== undefined) names.splice(names.indexOf(parent), 1);
    }
    // A bullet naming a field and its parent is about the field.
    for (const key of resolved) {
      if (resolved.some((other) => other !== key && isInside(other, key))) continue;
      found.push({ key, version: bullet.version, line: bullet.line });
    }
  }
  return found;
}

/**
 * The backticked names after the verb and before any context, joined with
 * their parents where it says so (`parents`: joined name → parent). Joined
 * names come first, so an unknown join can drop its parent before it is tried.
 */
function subjectNames(text: string): { names: string[]; parents: Map<string, string> } {
  const verb = text.search(ADDS);
  const cut = text.search(CONTEXT);
  const subject = text.slice(Math.max(verb, 0), cut > verb ? cut : text.length);
  const parents = new Map<string, string>();
  for (const [, child, parent] of subject.matchAll(PART_OF))
    parents.set(`${parent}.${child}`, parent as string);
  const plain = [...subject.matchAll(/`([^`]+)`/g)].map(([, name]) => {
    const trimmed = (name as string).trim();
    return SPELLINGS[trimmed] ?? trimmed;
  });
  return { names: [...new Set([...parents.keys(), ...plain])], parents };
}

function isInside(inner: string, outer: string): boolean {
  return inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[]`) || inner.startsWith(`${outer}{}`);
}

/** `HostConfig.Init` matches `HostConfig.Init` and `Init`; `Init` alone matches any `….Init`. */
function namesMatch(elementName: string, name: string): boolean {
  if (!/^[A-Za-z][\w.-]*$/.test(name)) return false;
  const bare = elementName
    .replace(/\[\]/g, '')
    .replace(/\{\}/g, '')
    .replace(/^response:/, '');
  if (name.includes('.')) return bare === name || bare.endsWith(`.${name}`);
  return bare === name || bare.endsWith(`.${name}`);
}
