import { UsageError } from '../errors.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import { coveredApiVersion, dataVersions } from './api-versions.ts';
import type { ElementFacts } from './element-types.ts';
import type { ShapeChange } from './history-types.ts';
import { elementStore } from './store.ts';

/** An element whose shape changed in one version. */
export interface ChangedElement {
  readonly element: ElementFacts;
  readonly changes: readonly ShapeChange[];
}

/** What one API version changed, each list in key order. */
export interface VersionChanges {
  readonly version: string;
  /** Elements added (or re-added) in this version. */
  readonly added: ElementFacts[];
  /** Elements this version no longer has. */
  readonly removed: ElementFacts[];
  /** Elements this version first marks deprecated. */
  readonly deprecated: ElementFacts[];
  /** Elements whose type, format, default, required-ness or nullability changed. */
  readonly changed: ChangedElement[];
}

export interface ChangesReport {
  readonly from: string;
  readonly to: string;
  /** Every version after `from` up to and including `to` that changed something, in order. */
  readonly versions: VersionChanges[];
}

/**
 * Changes from API `from` to `to` (both versions the data covers, `from`
 * not newer than `to`); throws a UsageError otherwise.
 */
export function changesBetween(fromText: string, toText: string): ChangesReport {
  const from = coveredApiVersion(fromText, '--from');
  const to = coveredApiVersion(toText, '--to');
  if (compareApiVersions(from, to) > 0) throw new UsageError(`--from ${from} is newer than --to ${to}`);
  const steps = dataVersions().versions.filter(
    (version) => compareApiVersions(version, from) > 0 && compareApiVersions(version, to) <= 0,
  );
  const byVersion = new Map<string, VersionChanges>(
    steps.map((version) => [version, { version, added: [], removed: [], deprecated: [], changed: [] }]),
  );
  for (const { facts, changes } of elementStore().all()) {
    for (const span of facts.history ?? [facts]) {
      byVersion.get(span.since)?.added.push(facts);
      if (span.removed !== null) byVersion.get(span.removed)?.removed.push(facts);
    }
    if (facts.deprecated !== null) byVersion.get(facts.deprecated)?.deprecated.push(facts);
    const perVersion = new Map<string, ShapeChange[]>();
    for (const change of changes) {
      if (byVersion.has(change.version))
        perVersion.set(change.version, [...(perVersion.get(change.version) ?? []), change]);
    }
    for (const [version, list] of perVersion)
      byVersion.get(version)?.changed.push({ element: facts, changes: list });
  }
  const versions = [...byVersion.values()].filter(
    (entry) => entry.added.length + entry.removed.length + entry.deprecated.length + entry.changed.length > 0,
  );
  return { from, to, versions };
}
