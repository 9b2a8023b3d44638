import type { ElementFacts } from '../data/element-types.ts';

/** An added element shown in prose, with how many added elements below it are folded in. */
export interface FoldedAddition {
  readonly facts: ElementFacts;
  readonly below: number;
}

/**
 * Folds elements added together with an ancestor (a new endpoint's
 * parameters, a new object's fields, a new field's enum values) into that
 * ancestor, so prose reports stay readable. JSON reports list everything.
 */
export function foldAdded(added: readonly ElementFacts[]): FoldedAddition[] {
  const keys = new Set(added.map((facts) => facts.key));
  const tops = new Map<string, { facts: ElementFacts; below: number }>();
  for (const facts of added) {
    const ancestor = ancestorsOf(facts).find((key) => keys.has(key));
    if (ancestor === undefined) tops.set(facts.key, { facts, below: 0 });
  }
  for (const facts of added) {
    const top = ancestorsOf(facts)
      .filter((key) => tops.has(key))
      .at(-1);
    const entry = top === undefined ? undefined : tops.get(top);
    if (entry) entry.below++;
  }
  return [...tops.values()];
}

/** Keys of the element's ancestors, nearest first, ending with its operation. */
function ancestorsOf(facts: ElementFacts): string[] {
  const operation = `${facts.method} ${facts.path}`;
  if (facts.in === 'operation' || facts.name === undefined) return [];
  const full = facts.value === undefined ? facts.name : `${facts.name}=${facts.value}`;
  const ancestors: string[] = [];
  for (let index = full.length - 1; index > 0; index--) {
    if ('.[{='.includes(full[index] as string))
      ancestors.push(`${operation} ${facts.in}:${full.slice(0, index)}`);
  }
  ancestors.push(operation);
  return ancestors;
}
