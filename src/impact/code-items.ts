import type { ElementFacts } from '../data/element-types.ts';
import { getElementChanges } from '../data/elements.ts';
import { effectiveSpans } from '../data/presence.ts';
import { availabilityAt, deprecatedSince, removedBefore, requiredSince } from '../lint/rules/availability.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import type { Candidate, CodeUsage } from './code-usage.ts';
import type { EnumIndex } from './enum-changes.ts';
import { type CodeItem, ITEM_KINDS } from './report-types.ts';
import { weakestCandidate } from './requirement.ts';
import { pinRefusal, type Side } from './side.ts';

interface Site {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Section one: what moving from one side to the other changes for each usage.
 * A pinned request is served with its pin's semantics on both sides, so only
 * whether each daemon accepts the pin can change for it; an unpinned request
 * is served at each side's API version.
 */
export function codeItems(usages: readonly CodeUsage[], from: Side, to: Side, enums: EnumIndex): CodeItem[] {
  // `kind` first, so JSON readers see what an item is before its details.
  const items = usages
    .flatMap((usage) => itemsOf(usage, from, to, enums))
    .map((item) => Object.assign({ kind: item.kind }, item));
  const seen = new Set<string>();
  // Versions in the direction of travel: newest first on a downgrade.
  const travel = compareApiVersions(from.api, to.api) > 0 ? -1 : 1;
  return items
    .sort((a, b) => compareItems(a, b, travel))
    .filter((item) => {
      const key = JSON.stringify(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function itemsOf(usage: CodeUsage, from: Side, to: Side, enums: EnumIndex): CodeItem[] {
  const site = { file: usage.file, line: usage.line, column: usage.column };
  if (usage.pin !== undefined) return pinItems(site, usage.element, usage.pin, from, to);
  const candidate = chooseCandidate(usage, to.api);
  if (!candidate) return [];
  return candidate.elements.flatMap((facts) => elementItems(site, facts, from.api, to.api, enums));
}

function pinItems(site: Site, element: string, pin: string, from: Side, to: Side): CodeItem[] {
  const base = { ...site, element, version: pin };
  const problem = pinRefusal(to, pin);
  if (problem) {
    const limit = problem === 'above-max' ? to.api : (to.minApi as string);
    return [{ ...base, kind: 'pin-refused', problem, limit }];
  }
  return pinRefusal(from, pin) ? [{ ...base, kind: 'pin-accepted' }] : [];
}

/** The first candidate present at `to`, else the one asking least. */
function chooseCandidate(usage: CodeUsage, to: string): Candidate | undefined {
  const present = usage.candidates.find((candidate) =>
    candidate.elements.every((facts) => availabilityAt(facts, to) === 'present'),
  );
  return present ?? weakestCandidate(usage);
}

function elementItems(
  site: Site,
  facts: ElementFacts,
  from: string,
  to: string,
  enums: EnumIndex,
): CodeItem[] {
  const base = { ...site, element: facts.key };
  const atFrom = availabilityAt(facts, from);
  const atTo = availabilityAt(facts, to);
  if (atFrom === 'present' && atTo === 'too-new')
    return [{ ...base, kind: 'unavailable', version: requiredSince(facts) }];
  if (atFrom === 'present' && atTo === 'removed') {
    return [{ ...base, kind: 'removed', version: removedBefore(facts, to) }];
  }
  if (atTo !== 'present') return [];
  if (atFrom !== 'present') return [{ ...base, kind: 'available', version: spanStartAt(facts, to) }];
  const upgrade = compareApiVersions(from, to) < 0;
  const [low, high] = upgrade ? [from, to] : [to, from];
  const within = (version: string): boolean =>
    compareApiVersions(low, version) < 0 && compareApiVersions(version, high) <= 0;
  const items: CodeItem[] = [];
  const deprecated = deprecatedSince(facts);
  if (upgrade && deprecated !== null && within(deprecated)) {
    items.push({ ...base, kind: 'deprecated', version: deprecated });
  }
  const changes = (getElementChanges(facts.key) ?? []).filter((change) => within(change.version));
  for (const change of upgrade ? changes : [...changes].reverse()) {
    const [before, after] = upgrade ? [change.from, change.to] : [change.to, change.from];
    items.push({ ...base, kind: 'changed', version: change.version, field: change.field, before, after });
  }
  // Behaviour facts the move crosses; an unversioned change is noted at the
  // release that made it, and applies on whichever side runs that release.
  const behaviour = (facts.facts ?? []).filter((fact) => within(fact.version));
  for (const fact of upgrade ? behaviour : [...behaviour].reverse()) {
    items.push({ ...base, kind: 'behaviour', version: fact.version, fact: fact.kind, source: fact.source });
  }
  for (const step of enums.get(facts.key) ?? []) {
    items.push({
      ...base,
      kind: 'enum-changed',
      version: step.version,
      added: step.added,
      removed: step.removed,
    });
  }
  return items;
}

function spanStartAt(facts: ElementFacts, version: string): string {
  const spans = effectiveSpans(facts).filter((span) => compareApiVersions(span.since, version) <= 0);
  return spans[spans.length - 1]?.since ?? requiredSince(facts);
}

function compareItems(a: CodeItem, b: CodeItem, travel: number): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    ITEM_KINDS.indexOf(a.kind) - ITEM_KINDS.indexOf(b.kind) ||
    text(a.file, b.file) ||
    a.line - b.line ||
    text(a.element, b.element) ||
    travel * compareApiVersions(a.version, b.version)
  );
}
