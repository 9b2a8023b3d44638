import { type FileRegions, lineEnd, lineStarts, type Region } from './types.ts';

const RUN = /^[ \t]*RUN[ \t]+/i;

/** Dockerfile `RUN` instructions in shell form, with their continuations. */
export function dockerfileRegions(text: string): FileRegions {
  const regions: Region[] = [];
  const starts = lineStarts(text);
  for (let n = 0; n < starts.length; n++) {
    const start = starts[n] ?? 0;
    const head = RUN.exec(text.slice(start, Math.min(start + 40, text.length)));
    if (!head || text[start + head[0].length] === '[') continue;
    let end = lineEnd(text, start);
    while (end < text.length && text[end - 1] === '\\') {
      n++;
      end = lineEnd(text, starts[n] ?? text.length);
    }
    regions.push({ start: start + head[0].length, end });
  }
  return { regions, pins: [] };
}
