import { type FileRegions, lineEnd, lineStarts, type Region } from './types.ts';

/** Makefile recipes: tab-indented lines (with their `\` continuations), without the `@`/`-`/`+` prefixes. */
export function makeRegions(text: string): FileRegions {
  const regions: Region[] = [];
  const starts = lineStarts(text);
  for (let n = 0; n < starts.length; n++) {
    const start = starts[n] ?? 0;
    if (text[start] !== '\t') continue;
    let from = start + 1;
    while (text[from] === '@' || text[from] === '-' || text[from] === '+' || text[from] === ' ') from++;
    let end = lineEnd(text, start);
    // A continued recipe line goes on whatever its indentation.
    while (end < text.length && text[end - 1] === '\\') {
      n++;
      end = lineEnd(text, starts[n] ?? text.length);
    }
    regions.push({ start: from, end, make: true });
  }
  return { regions, pins: [] };
}
