import { type FieldEntry, jsonFields } from './json-paths.ts';

/**
 * A JSON body written in code right after a request path: `JSON.stringify({…})`,
 * `json.dumps({…})`, `json={…}`, `json: {…}`, `json!({…})`, or an object
 * literal passed as the next argument (`call('POST', path, {…})`). Engine body
 * fields are PascalCase, options objects (`{ method, headers }`) are not: an
 * object counts only when all its top-level keys start with a capital.
 */
const BODY_START =
  /(?:JSON\.stringify\(|json\.dumps\(|json!\(|\bjson\s{0,2}[:=]\s{0,2}|^["'`]?\s{0,2},\s{0,2})(?=\{)/g;
const MAX_OBJECT_CHARS = 4096;

export function bodyObjectFields(window: string): FieldEntry[] {
  for (const match of window.matchAll(BODY_START)) {
    const open = match.index + match[0].length;
    const close = matchingBrace(window, open);
    if (close === -1) continue;
    const fields = jsonFields(window.slice(open, close + 1));
    const top = fields.filter(({ path }) => !path.includes('.') && !path.includes('['));
    if (top.length > 0 && top.every(({ path }) => /^[A-Z]/.test(path)))
      return fields.map((field) => shift(field, open));
  }
  return [];
}

/** A field found in a slice, with offsets made relative to the text the slice was cut from. */
export function shift(field: FieldEntry, by: number): FieldEntry {
  return {
    ...field,
    offset: field.offset + by,
    ...(field.valueOffset !== undefined && { valueOffset: field.valueOffset + by }),
  };
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + MAX_OBJECT_CHARS);
  for (let i = open; i < end; i++) {
    const c = text.charAt(i);
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
