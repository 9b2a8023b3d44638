import type { FieldEntry } from './json-paths.ts';
import { literalAt, literalFields } from './literal-fields.ts';
import { assignedFields, memberDefinition } from './variable-flow.ts';

/** The body and query a request call passes by name or as a keyed literal. */
export interface PassedFields {
  readonly body: FieldEntry[];
  readonly query: FieldEntry[];
}

/** A name the call passes as its query: `params=p`, `query: q`, `'query' => $q`, `searchParams: s`. */
const QUERY_ROLE = /\b(?:params|query|searchParams|qs)["']?\s{0,2}(?:=>|[:=])\s{0,2}$/;
/** Names that are never the data sent. */
const SKIP = new Set([
  'self',
  'this',
  'ctx',
  'context',
  'http',
  'JSON',
  'json',
  'true',
  'false',
  'null',
  'nil',
  'None',
]);
const MAX_NAMES = 12;

/**
 * Reads the identifiers of a request call written in `[from, to)` (the rest
 * of the path's statement) and follows each back to its literal (not
 * before `scopeStart`, the start of the function around the request) and
 * forward through its assignments up to `to`.
 */
export function passedFields(
  text: string,
  from: number,
  to: number,
  pathStart: number,
  scopeStart = 0,
): PassedFields {
  const window = text.slice(from, to);
  const result: { body: FieldEntry[]; query: FieldEntry[] } = { body: [], query: [] };
  const inlineQuery = /\b(?:params|query)["']?\s{0,2}=>\s{0,2}(?=\[)/.exec(window);
  if (inlineQuery) {
    const literal = literalAt(text, from + inlineQuery.index + inlineQuery[0].length);
    if (literal) result.query.push(...literalFields(text, literal).filter(topLevel));
  }
  let names = 0;
  for (const match of window.matchAll(
    /(?<![\w$.'"])(\$?[A-Za-z_][\w]{0,60}(?:\.[A-Za-z_]\w{0,60})?)(?![\w$(])/g,
  )) {
    const written = match[1] ?? '';
    // `payload.to_json`, `spec.to_string()`: the variable is the head; `self.opts` is a member.
    const name = /^(?:self|this)\./.test(written) ? written : (written.split('.')[0] ?? '');
    const after = window.slice(match.index + written.length, match.index + written.length + 3);
    if (SKIP.has(name) || /^\s{0,2}(?:[:=](?![:=])|=>)/.test(after)) continue;
    if (++names > MAX_NAMES) break;
    const role = QUERY_ROLE.test(window.slice(Math.max(0, match.index - 24), match.index)) ? 'query' : 'body';
    if (result[role].length > 0) continue;
    const definition = memberDefinition(text, name, pathStart, 0, scopeStart);
    if (!definition) continue;
    const fields = [...definition.fields, ...assignedFields(text, definition.name, definition.end, to)];
    if (role === 'query') result.query.push(...fields.filter(topLevel));
    else if (isBody(fields)) result.body.push(...fields);
  }
  return result;
}

function topLevel(field: FieldEntry): boolean {
  return !field.path.includes('.') && !field.path.includes('[');
}

/** Engine body fields are PascalCase: an options object (`{ method, headers }`) is not a body. */
export function isBody(fields: readonly FieldEntry[]): boolean {
  const top = fields.filter(topLevel);
  return top.length > 0 && top.every(({ path }) => /^[A-Z]/.test(path));
}
