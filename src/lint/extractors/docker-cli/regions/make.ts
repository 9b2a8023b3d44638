import { normalizeApiVersion } from '../../../../versions/api-version.ts';
import { type FileRegions, lineEnd, lineStarts, type PinScope, type Region } from './types.ts';

// `export DOCKER_API_VERSION := 1.41` outside recipes: every recipe runs with it.
const EXPORT = /^export[ \t]+DOCKER_API_VERSION[ \t]*[:?+!]?=[ \t]*v?(\d{1,2}\.\d{1,3})[ \t]*$/;

/** Makefile recipes: tab-indented lines (with their `\` continuations), without the `@`/`-`/`+` prefixes. */
export function makeRegions(text: string): FileRegions {
  const regions: Region[] = [];
  const pins: PinScope[] = [];
  const starts = lineStarts(text);
  for (let n = 0; n < starts.length; n++) {
    const start = starts[n] ?? 0;
    if (text[start] !== '\t') {
      const line = text.slice(start, lineEnd(text, start)).replace(/\r$/, '');
      const match = EXPORT.exec(line);
      if (match?.[1])
        pins.push({
          version: normalizeApiVersion(match[1]),
          at: start + line.lastIndexOf(match[1]),
          from: 0,
          to: text.length,
        });
      continue;
    }
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
  return { regions, pins };
}
