import { parseKeySuffix } from '../../../data/element-key.ts';
import { elementStore } from '../../../data/store.ts';
import { calleeBefore } from '../../context/sibling-context.ts';
import { lineStartMatches, type Needs } from '../../text/line-start.ts';
import type { FieldEntry } from './json-paths.ts';
import { type LiteralOpening, literalOpening } from './literal-fields.ts';
import { isBody } from './passed-by-name.ts';
import { assignedFields, definitionOf } from './variable-flow.ts';

/**
 * A body literal sent where no path is written (`call('POST', route, probe)`):
 * attributed to the one operation whose body takes every top-level key it
 * has. A literal that fits no operation, or several, is nothing.
 */
export interface ShapedRequest {
  readonly operation: string;
  /** Offset of the call's name. */
  readonly callAt: number;
  readonly fields: readonly FieldEntry[];
}

// At a line start (./text/line-start.ts: tried there only, not at every position).
const DEFINITION =
  /[ \t]{0,40}(?:(?:const|let|var|val|my)\s{1,4})?(\$?[A-Za-z_]\w{0,60})\s{0,2}(?::\s{0,2}[\w<>[\], ?]{1,40}?)?\s{0,4}(?::=|=)(?![=>~])\s{0,4}/y;
// Its `=` comes at most 161 characters after its start (the bounded quantifiers summed).
export const DEFINITION_NEEDS: Needs = { char: '=', within: 200 };
/** What a literal taken below opens with: a bracket, then a PascalCase key (captured). */
const PASCAL_OPENING = /[{[]\s{0,80}(?:["'`]|\\")?([A-Z]\w*)/;
const OPENING_AT = new RegExp(`^\\s{0,80}${PASCAL_OPENING.source}`);
// A literal's bracket comes at most 326 characters after its definition's line start: 166 for
// the definition, 80 for literalOpening's head, 80 blanks. The window adds 166 more, the longest
// definition, so a line start passed over for want of a bracket is never one a definition
// running over a line end would have passed over anyway: the matches are those without it.
const LITERAL_NEEDS: Needs = { pattern: new RegExp(PASCAL_OPENING.source, 'g'), within: 166 + 326 };
/**
 * Every top-level key of a body attributed by its shape is a body key of the
 * operation, so a literal whose first key is no operation's body key
 * attributes to none: it is passed over before its fields are read, and so
 * are the line starts near no such opening.
 */
const BODY_LITERAL_NEEDS: Needs = {
  ...LITERAL_NEEDS,
  accept: (match) => bodyKeys().has(match[1] ?? ''),
};
const MIN_KEYS = 2;
const MAX_REFERENCE_CHARS = 2000;

/** A definition whose value opens a literal with a PascalCase first key. */
export interface PascalDefinition {
  readonly name: string;
  readonly valueAt: number;
  readonly opening: LiteralOpening;
}

/**
 * The definitions worth reading as bodies. `needs` defaults to both
 * conditions; tests compare the result with the `=` condition alone.
 */
export function pascalDefinitions(
  text: string,
  needs: readonly Needs[] = [DEFINITION_NEEDS, LITERAL_NEEDS],
  firstKey?: (key: string) => boolean,
): PascalDefinition[] {
  const found: PascalDefinition[] = [];
  for (const match of lineStartMatches(text, DEFINITION, ...needs)) {
    const valueAt = match.index + match[0].length;
    const opening = literalOpening(text, valueAt);
    // Engine body keys are PascalCase: most literals (options, config) are passed over at their
    // first key, before the walk to their end.
    if (!opening || !OPENING_AT.test(text.slice(opening.open, opening.open + 120))) continue;
    // Body keys are short: 240 characters hold the blanks, the bracket and any of them whole.
    if (firstKey && !firstKey(OPENING_AT.exec(text.slice(opening.open, opening.open + 240))?.[1] ?? ''))
      continue;
    found.push({ name: match[1] ?? '', valueAt, opening });
  }
  return found;
}

/** The definitions whose literal may be a body attributed by its shape: its first key is a body key. */
export function bodyDefinitions(text: string): PascalDefinition[] {
  const keys = bodyKeys();
  return pascalDefinitions(text, [DEFINITION_NEEDS, BODY_LITERAL_NEEDS], (key) => keys.has(key));
}

/** Body literals assigned to a variable and passed to a call with no path; `taken` tells fields already attributed. */
export function shapedRequests(text: string, taken: (offset: number) => boolean): ShapedRequest[] {
  const found: ShapedRequest[] = [];
  for (const { name, valueAt, opening } of bodyDefinitions(text)) {
    const literal = opening.literal();
    if (!literal) continue;
    // Where the literal is passed on, before its fields are read: the definition kept below is
    // this literal's, so it ends where the literal does.
    const reference = referenceAfter(text, name, literal.close + 1);
    if (reference === undefined) continue;
    const definition = definitionOf(text, name, valueAt + 1);
    if (!definition || definition.valueAt !== valueAt || definition.fields.some((f) => taken(f.offset)))
      continue;
    const fields = [...definition.fields, ...assignedFields(text, name, definition.end, reference)];
    const top = new Set(fields.filter((f) => !/[.[]/.test(f.path)).map((f) => f.path));
    if (top.size < MIN_KEYS || !isBody(fields)) continue;
    const callAt = callOf(text, reference);
    const operation = callAt === undefined ? undefined : operationOfShape(top);
    if (callAt !== undefined && operation) found.push({ operation, callAt, fields });
  }
  return found;
}

/** Where `name` is next passed as a call argument, within a short distance. */
function referenceAfter(text: string, name: string, from: number): number | undefined {
  const window = text.slice(from, from + MAX_REFERENCE_CHARS);
  const escaped = name.replace(/[$]/g, '\\$&');
  const match = new RegExp(`[(,]\\s{0,4}(${escaped})\\s{0,4}[),]`).exec(window);
  return match ? from + match.index + match[0].indexOf(name) : undefined;
}

/** The offset of the call's name, unless the call writes a path or URL itself. */
function callOf(text: string, reference: number): number | undefined {
  const callee = calleeBefore(text, reference);
  if (!callee) return undefined;
  const open = text.lastIndexOf(`${callee}(`, reference);
  if (open === -1) return undefined;
  const args = text.slice(open, reference);
  return /["'`][^"'`\n]{0,200}\/[^"'`\n]{0,200}["'`]/.test(args) ? undefined : open;
}

let index: { operation: string; fields: ReadonlySet<string> }[] | undefined;
let allKeys: ReadonlySet<string> | undefined;

/** The one operation whose body has every key, or undefined. */
export function operationOfShape(keys: ReadonlySet<string>): string | undefined {
  const fits = shapeIndex().filter((entry) => [...keys].every((key) => entry.fields.has(key)));
  return fits.length === 1 ? fits[0]?.operation : undefined;
}

/** Every top-level body key of the operations a shape may name. */
export function bodyKeys(): ReadonlySet<string> {
  allKeys ??= new Set(shapeIndex().flatMap((entry) => [...entry.fields]));
  return allKeys;
}

/** The top-level body keys of each POST and PUT operation that has any. */
function shapeIndex(): readonly { operation: string; fields: ReadonlySet<string> }[] {
  index ??= elementStore()
    .operations()
    .filter((operation) => /^(?:POST|PUT) /.test(operation))
    .map((operation) => ({
      operation,
      // From the keys alone: decoding every element's facts cost more than the search they serve.
      fields: new Set(
        [...elementStore().elementsOf(operation).keys()].flatMap((suffix) => {
          const parsed = parseKeySuffix(suffix);
          return parsed?.in === 'body' && !/[.[{=]/.test(parsed.name) ? [parsed.name] : [];
        }),
      ),
    }))
    .filter((entry) => entry.fields.size > 0);
  return index;
}
