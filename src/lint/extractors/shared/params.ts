import { shift } from './body-object.ts';
import { type FieldEntry, jsonFields } from './json-paths.ts';

/** `params: {…}` (axios, got), `params={…}` (requests, aiohttp), `searchParams: {…}`. */
const PARAMS = /\b(?:params|searchParams|query)\s{0,2}[:=]\s{0,2}\{/;
const MAX_OBJECT_CHARS = 400;

/**
 * Query names passed as an options object right after the path: the keys of
 * the first `params` object in `window` (top level only).
 */
export function paramsObjectKeys(window: string): FieldEntry[] {
  const match = PARAMS.exec(window);
  if (!match) return [];
  const open = match.index + match[0].length - 1;
  let depth = 0;
  const end = Math.min(window.length, open + MAX_OBJECT_CHARS);
  for (let i = open; i < end; i++) {
    const c = window.charAt(i);
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      return jsonFields(window.slice(open, i + 1))
        .filter(({ path }) => !path.includes('.') && !path.includes('['))
        .map((field) => shift(field, open));
    }
  }
  return [];
}
