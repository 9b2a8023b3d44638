import type { ElementFacts } from '../data/element-types.ts';
import { matchOperations, operationFacts, resolveElement } from '../data/resolve.ts';
import type { Position, RequestUsage } from './usage.ts';

/** One element of the data a request uses, at the text that names it. */
export interface PlacedElement {
  readonly facts: ElementFacts;
  readonly at: Position;
  /** The text that names it when not the element's own name (a CLI flag). */
  readonly label?: string;
}

/** One operation a request may be, with the elements it uses there, the operation first. */
export interface ResolvedCandidate {
  readonly operation: ElementFacts;
  readonly elements: readonly PlacedElement[];
}

/**
 * A request usage in terms of the element data: one candidate per operation
 * it may be (several only when the code does not say the method).
 */
export interface ResolvedUsage {
  readonly candidates: readonly ResolvedCandidate[];
}

type ElementResolver = typeof resolveElement;
type OperationMatcher = (method: string | undefined, path: string) => string[];

/** A request usage → the element facts it touches (the shipped element data). */
export function resolveUsage(
  usage: RequestUsage,
  lookup: ElementResolver = resolveElement,
  match: OperationMatcher = matchOperations,
): ResolvedUsage {
  const operations = usage.operation ? [usage.operation] : match(usage.method?.toUpperCase(), usage.path);
  const candidates: ResolvedCandidate[] = [];
  const request = { line: usage.line, column: usage.column };
  for (const key of operations) {
    const operation = operationFacts(key);
    if (!operation) continue;
    const elements: PlacedElement[] = [{ facts: operation, at: request }];
    for (const use of usage.elements) {
      const value = use.value === undefined ? undefined : String(use.value);
      const found = lookup(key, use.in, use.name, value);
      const label = use.label === undefined ? {} : { label: use.label };
      if (found.element) elements.push({ facts: found.element, at: use.at, ...label });
      if (found.enumValue) elements.push({ facts: found.enumValue, at: use.valueAt ?? use.at, ...label });
    }
    candidates.push({ operation, elements });
  }
  return { candidates };
}

/** A resolver that looks each distinct path and element up once: one run resolves many similar requests. */
export function cachedResolve(): (usage: RequestUsage) => ResolvedUsage {
  const elements = new Map<string, ReturnType<ElementResolver>>();
  const operations = new Map<string, string[]>();
  const lookup: ElementResolver = (operation, place, name, value) => {
    const key = `${operation}\0${place}\0${name}\0${value ?? ''}`;
    let found = elements.get(key);
    if (!found) {
      found = resolveElement(operation, place, name, value);
      elements.set(key, found);
    }
    return found;
  };
  const match: OperationMatcher = (method, path) => {
    const key = `${method ?? ''} ${path}`;
    let found = operations.get(key);
    if (!found) {
      found = matchOperations(method, path);
      operations.set(key, found);
    }
    return found;
  };
  return (usage) => resolveUsage(usage, lookup, match);
}
