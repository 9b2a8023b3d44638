import type { Span } from '../data/element-types.ts';

/**
 * Spans of presence from a per-version presence list: `since` is the first
 * version of a run, `removed` the first version after it (null when the run
 * reaches the newest version).
 */
export function presenceSpans(present: readonly boolean[], versions: readonly string[]): Span[] {
  const spans: Span[] = [];
  let start = -1;
  for (let index = 0; index <= present.length; index++) {
    const here = index < present.length && present[index] === true;
    if (here && start === -1) start = index;
    if (!here && start !== -1) {
      spans.push({ since: versions[start] as string, removed: versions[index] ?? null });
      start = -1;
    }
  }
  return spans;
}
