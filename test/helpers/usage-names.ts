import type { ElementPlace, Usage } from '../../src/lint/usage.ts';

/** The distinct element names a request usage carries in one place, sorted: the old compact view. */
export function namesOf(usage: Usage, place: ElementPlace): string[] {
  if (usage.kind !== 'request') return [];
  return [...new Set(usage.elements.filter((e) => e.in === place).map((e) => e.name))].sort();
}
