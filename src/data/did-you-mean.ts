import { parseElementKey } from './element-key.ts';
import { templateShape } from './path-template.ts';
import { elementStore } from './store.ts';

/**
 * The known keys nearest to an unknown one, best first. Candidates are kept
 * small for speed: first the nearest operations (same method when the method
 * is known), then, for a key below an operation, that operation's elements.
 */
export function suggestKeys(input: string, limit = 3): string[] {
  const store = elementStore();
  const parts = parseElementKey(input);
  const method = parts?.method;
  const operationText = parts ? `${parts.method} ${parts.path}` : input.trim();
  const operations = store
    .operations()
    .filter((operation) => method === undefined || operation.startsWith(`${method} `));
  const exact = parts && store.findOperation(parts.method, parts.path);
  const nearOperations = exact ? [exact] : nearest(operationText, operations, limit, templateShape);
  if (!parts || parts.in === 'operation') return nearOperations.slice(0, limit);
  const candidates = nearOperations.flatMap((operation) =>
    [...store.elementsOf(operation).values()].map((stored) => stored.facts.key),
  );
  const suffix = input.trim().slice(input.trim().indexOf(' ', input.trim().indexOf('/')) + 1);
  const bySuffix = (key: string): string => key.slice(key.indexOf(' ', key.indexOf('/')) + 1);
  return nearest(suffix, candidates, limit, bySuffix);
}

/** The `limit` candidates with the smallest edit distance to `text` (ties in candidate order). */
function nearest(
  text: string,
  candidates: readonly string[],
  limit: number,
  view = (s: string) => s,
): string[] {
  const target = view(text).toLowerCase();
  return candidates
    .map((candidate, index) => ({
      candidate,
      index,
      distance: editDistance(target, view(candidate).toLowerCase()),
    }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** Levenshtein distance over UTF-16 code units, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
