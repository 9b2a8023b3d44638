import type { FieldEntry } from './json-paths.ts';
import { type LiteralStart, literalAt, literalFields, matchingClose, scalarAt } from './literal-fields.ts';
import { structLiteralFields } from './struct-tags.ts';

/**
 * A request's body or query passed by name: the variable is followed back
 * to its literal (`body = {…}`, `spec := map[string]any{…}`, `let spec =
 * json!({…})`, `$body = [...]`, `var body = new {…}`, `String body = """…"""`,
 * a Go struct literal, an instance of a dict subclass, `Object.assign`/spread
 * merges) and forward through the item and property assignments and
 * `update` calls that complete it before the request. Text level, so it
 * reads every language alike; capped so it stays linear.
 */

/** How far before a request its variables are looked for. */
const MAX_BACK_CHARS = 6000;
const MAX_DEPTH = 4;

/** A variable definition found before a request. */
export interface Definition {
  readonly name: string;
  /** Offset just past the `=`. */
  readonly valueAt: number;
  /** Offset past the literal. */
  readonly end: number;
  readonly fields: FieldEntry[];
}

function escapeName(name: string): string {
  return name.replace(/[$.]/g, '\\$&');
}

/** The last definition of `name` before `before`, with the fields its literal writes. */
export function definitionOf(
  text: string,
  name: string,
  before: number,
  depth = 0,
  floor = 0,
): Definition | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const from = Math.max(floor, before - MAX_BACK_CHARS);
  // Each mention of the name from the request backwards, checked in place: no scan of the whole window per name.
  const assignment = new RegExp(
    `${escapeName(name)}(?:\\s{0,2}:\\s{0,2}[\\w<>\\[\\], ?]{1,40}?)?\\s{0,4}(?::=|=)(?![=>~])\\s{0,4}`,
    'y',
  );
  let last: { index: number; length: number } | undefined;
  for (
    let at = text.lastIndexOf(name, before - name.length);
    at >= from && at !== -1;
    at = at > 0 ? text.lastIndexOf(name, at - 1) : -1
  ) {
    if (/[\w$.]/.test(text.charAt(at - 1))) continue;
    assignment.lastIndex = at;
    const match = assignment.exec(text);
    if (match) {
      last = { index: at, length: match[0].length };
      break;
    }
  }
  if (!last) return undefined;
  const valueAt = last.index + last.length;
  const value = valueFields(text, valueAt, depth);
  return value && { name, valueAt, end: value.end, fields: value.fields };
}

/** Fields a value expression writes: a literal, a merge, a struct or dict-subclass instance. */
function valueFields(
  text: string,
  at: number,
  depth: number,
): { fields: FieldEntry[]; end: number } | undefined {
  const literal = literalAt(text, at);
  if (literal) return { fields: withSpreads(text, literal, depth), end: literal.close + 1 };
  const assign = /^Object\.assign\(/.exec(text.slice(at, at + 20));
  if (assign) return mergeOf(text, at + assign[0].length - 1, depth);
  const typed = /^&?([A-Z]\w{0,60}|[a-z]\w{0,60})(\{|\()/.exec(text.slice(at, at + 80));
  if (typed?.[1] && typed[2] === '{') {
    const open = at + typed[0].length - 1;
    const close = matchingClose(text, open);
    const fields = close === -1 ? undefined : structLiteralFields(text, typed[1], open, close);
    return fields && { fields, end: close + 1 };
  }
  if (typed?.[1] && typed[2] === '(') {
    const fields = dictSubclassFields(text, typed[1]);
    return fields && { fields, end: at + typed[0].length };
  }
  return undefined;
}

/** `{...defaults, Image: x}`: the spread variable's fields, then the literal's own. */
function withSpreads(text: string, literal: LiteralStart, depth: number): FieldEntry[] {
  const own = literalFields(text, literal);
  if (literal.kind !== 'object') return own;
  const body = text.slice(literal.open, literal.close);
  const spreads: FieldEntry[] = [];
  for (const match of body.matchAll(/(?:^|[{,]\s{0,80})\.\.\.([\w$]{1,60}(?:\.[\w$]{1,60}){0,3})/g)) {
    const name = match[1] ?? '';
    if (name.includes('.')) continue;
    spreads.push(...(definitionOf(text, name, literal.open + match.index, depth + 1)?.fields ?? []));
  }
  return [...spreads, ...own];
}

/** `Object.assign({}, a, {…})`: each argument's fields, in order. */
function mergeOf(
  text: string,
  open: number,
  depth: number,
): { fields: FieldEntry[]; end: number } | undefined {
  const close = matchingClose(text, open);
  if (close === -1) return undefined;
  const fields: FieldEntry[] = [];
  let at = open + 1;
  while (at < close) {
    while (/[\s,]/.test(text.charAt(at))) at++;
    const literal = literalAt(text, at);
    if (literal) {
      fields.push(...withSpreads(text, literal, depth));
      at = literal.close + 1;
      continue;
    }
    const name = /^[\w$]{1,60}(?:\.[\w$]{1,60}){0,2}/.exec(text.slice(at, close))?.[0];
    if (!name) break;
    fields.push(...(memberDefinition(text, name, open, depth + 1)?.fields ?? []));
    at += name.length;
  }
  return { fields, end: close + 1 };
}

/** `self.createOpts` / `this.createOpts`: a property assigned in the same file. */
export function memberDefinition(
  text: string,
  name: string,
  before: number,
  depth: number,
  floor = 0,
): Definition | undefined {
  const member = /^(?:self|this|that|me)\.([\w$]{1,60})$/.exec(name);
  // A field is set in another method (a constructor): looked for file-wide.
  return member?.[1]
    ? definitionOf(text, `this.${member[1]}`, before, depth)
    : definitionOf(text, name, before, depth, floor);
}

/** `class Spec(dict):` … `self["Image"] = …`: the fields the class sets on itself. */
function dictSubclassFields(text: string, className: string): FieldEntry[] | undefined {
  const head = new RegExp(`^([ \\t]*)class ${className}\\((?:dict|collections\\.UserDict)\\)\\s*:`, 'm').exec(
    text,
  );
  if (!head) return undefined;
  const start = head.index + head[0].length;
  const indent = head[1] ?? '';
  const next = new RegExp(`^${indent}\\S`, 'gm');
  next.lastIndex = start;
  const end = next.exec(text)?.index ?? text.length;
  return assignedFields(text, 'self', start, end);
}

/**
 * Fields written to `name` between `from` and `to`: `name["K"]["L"] = v`,
 * `name['K'] = v`, `name[:K] = v`, `name.K = v`, `name.update({…})`,
 * `name.update(k=v)`; the leaf key is placed where it is written.
 */
export function assignedFields(text: string, name: string, from: number, to: number): FieldEntry[] {
  const fields: FieldEntry[] = [];
  const next = text.indexOf(name, from);
  if (next === -1 || next >= to) return fields;
  const slice = text.slice(from, to);
  const chain = new RegExp(
    `(?:^|[^\\w$.])${escapeName(name)}((?:\\s{0,2}\\[\\s{0,2}(?:"[^"\\n]{1,60}"|'[^'\\n]{1,60}'|:\\w{1,60})\\s{0,2}\\]|\\.\\([^()\\n]{1,60}\\)|\\.[A-Za-z_]\\w{0,60}){1,8})\\s{0,4}(?:=|\\|\\|=)(?![=>~])\\s{0,4}`,
    'g',
  );
  for (const match of slice.matchAll(chain)) {
    const keysText = match[1] ?? '';
    const keysAt = from + match.index + match[0].indexOf(keysText);
    const keys = [
      ...keysText.matchAll(/\[\s{0,2}(?:"([^"]+)"|'([^']+)'|:(\w+))\s{0,2}\]|\.([A-Za-z_]\w*)/g),
    ].map((k) => ({
      key: k[1] ?? k[2] ?? k[3] ?? k[4] ?? '',
      offset: keysAt + k.index + (k[4] === undefined ? 1 : 1),
    }));
    const leaf = keys.at(-1);
    if (!leaf) continue;
    const path = keys.map((k) => k.key).join('.');
    const valueAt = from + match.index + match[0].length;
    fields.push(...placed(text, path, leaf.offset, valueAt));
  }
  const update = new RegExp(`(?:^|[^\\w$.])${escapeName(name)}\\.update\\(\\s{0,4}`, 'g');
  for (const match of slice.matchAll(update)) {
    const at = from + match.index + match[0].length;
    const literal = literalAt(text, at);
    if (literal) {
      fields.push(...literalFields(text, literal));
      continue;
    }
    const close = matchingClose(text, at - 1);
    const args = text.slice(at, close === -1 ? at : close);
    for (const kw of args.matchAll(/(?:^|,)\s{0,4}([A-Za-z_]\w{0,60})\s{0,2}=(?!=)/g))
      fields.push({ path: kw[1] ?? '', offset: at + kw.index + kw[0].indexOf(kw[1] ?? '') });
  }
  return fields;
}

/** A field assigned a value: the key, and the value's scalar or nested fields. */
function placed(text: string, path: string, offset: number, valueAt: number): FieldEntry[] {
  const scalar = scalarAt(text, valueAt);
  if (scalar) return [{ path, offset, value: scalar.value, valueOffset: valueAt }];
  const literal = literalAt(text, valueAt);
  const nested = literal ? literalFields(text, literal) : [];
  const prefix = (p: string) => (p.startsWith('[]') ? `${path}${p}` : `${path}.${p}`);
  return [{ path, offset }, ...nested.map((field) => ({ ...field, path: prefix(field.path) }))];
}
