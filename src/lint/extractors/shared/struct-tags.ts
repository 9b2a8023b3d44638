import { shift } from './body-object.ts';
import { type FieldEntry, jsonFields } from './json-paths.ts';

/**
 * A Go struct literal of a request type declared in the same file: its
 * keys are Go field names, the wire names are in the `json:"…"` (or
 * `qs:"…"`) tags. `execCreate{Dir: dir}` with `Dir string \`json:"WorkingDir"\``
 * writes `WorkingDir`, placed at `Dir:`. Untagged fields keep their name;
 * `json:"-"` fields are not sent.
 */
export function structLiteralFields(
  text: string,
  type: string,
  open: number,
  close: number,
): FieldEntry[] | undefined {
  const tags = structTags(text, type);
  if (!tags) return undefined;
  const fields = jsonFields(text.slice(open, close + 1)).map((field) => shift(field, open));
  const renamed: FieldEntry[] = [];
  for (const field of fields) {
    const [head = '', ...rest] = field.path.split('.');
    const wire = tags.get(head);
    if (wire === null) continue;
    renamed.push({ ...field, path: [wire ?? head, ...rest].join('.') });
  }
  return renamed;
}

const TAG = /^\s*([A-Z]\w{0,60})\s+[^\n`]{1,80}?`[^`\n]*?\b(?:json|qs):"([^",]*)[^`\n]*`/gm;

/** Go field name → wire name (null for `-`) of `type NAME struct {…}`, or undefined. */
function structTags(text: string, type: string): Map<string, string | null> | undefined {
  const head = new RegExp(`\\btype\\s+${type}\\s+struct\\s*\\{`).exec(text);
  if (!head) return undefined;
  const start = head.index + head[0].length;
  const end = text.indexOf('\n}', start);
  const body = text.slice(start, end === -1 ? start + 4000 : end);
  const tags = new Map<string, string | null>();
  for (const match of body.matchAll(TAG)) {
    const [, field = '', wire = ''] = match;
    tags.set(field, wire === '-' ? null : wire === '' ? field : wire);
  }
  return tags;
}
