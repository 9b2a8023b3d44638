import type { ChangesReport } from '../data/changes.ts';

/** Enum values one element gains and loses at one version, in the direction of travel. */
export interface EnumStep {
  readonly version: string;
  readonly added: string[];
  readonly removed: string[];
}

/** Element key (without `=value`) → its enum-set changes, in the order they are met. */
export type EnumIndex = ReadonlyMap<string, readonly EnumStep[]>;

/**
 * Enum sets are not shape changes: each enum value is an element of its own,
 * so the set changes where those elements are added or removed. Going down,
 * a value added at a version is lost, and one removed there comes back.
 */
export function enumIndex(changes: ChangesReport, downgrade: boolean): EnumIndex {
  const index = new Map<string, EnumStep[]>();
  const steps = downgrade ? [...changes.versions].reverse() : changes.versions;
  for (const step of steps) {
    const perElement = new Map<string, EnumStep>();
    const note = (key: string, value: string, gained: boolean): void => {
      const parent = key.slice(0, key.length - value.length - 1);
      let entry = perElement.get(parent);
      if (!entry) {
        entry = { version: step.version, added: [], removed: [] };
        perElement.set(parent, entry);
      }
      (gained ? entry.added : entry.removed).push(value);
    };
    for (const facts of step.added) if (facts.value !== undefined) note(facts.key, facts.value, !downgrade);
    for (const facts of step.removed) if (facts.value !== undefined) note(facts.key, facts.value, downgrade);
    for (const [parent, entry] of perElement) index.set(parent, [...(index.get(parent) ?? []), entry]);
  }
  return index;
}
