import type { SgNode } from '@ast-grep/napi';
import { elementStore } from '../../../data/store.ts';
import type { ElementUse, LiteralValue, Position } from '../../usage.ts';
import { fieldOf } from './table.ts';
import type { Binding, GenerationRow, MethodRequest, TypeRef } from './table-types.ts';
import type { Step, Written } from './written.ts';

/** A written part of a call's arguments, rooted at the method parameter it is passed for. */
export interface Rooted {
  readonly param: string;
  readonly written: Written;
}

const at = (node: SgNode): Position => {
  const { start } = node.range();
  return { line: start.line + 1, column: start.column + 1 };
};

/** `options.Mounts[].Type` → steps. */
function fromSteps(from: string): Step[] {
  return from
    .split(/(\[\])|\./)
    .filter((part): part is string => part !== undefined && part !== '')
    .slice(1)
    .map((part) => (part === '[]' ? { item: true as const } : { field: part }));
}

function stepMatches(written: Step | undefined, wanted: Step): boolean {
  if (!written) return false;
  if ('item' in wanted) return 'item' in written || 'key' in written;
  return 'field' in written && 'field' in wanted && written.field === wanted.field;
}

/** Zero values the client does not send as query parameters (`if options.All {`). */
const isZero = (value: LiteralValue | undefined): boolean => value === false || value === '' || value === 0;

/**
 * The elements a request carries, from what the code writes and the method's
 * bindings: the longest binding whose caller path the written path starts
 * with gives the place; for the body, the rest of the path walks the Go
 * types to JSON keys. Fields the table does not know are left out.
 */
export function elementsOf(
  row: GenerationRow,
  request: MethodRequest,
  rooted: readonly Rooted[],
): ElementUse[] {
  const out: ElementUse[] = [];
  const seen = new Set<string>();
  for (const { param, written } of rooted) {
    for (const element of elementsFor(row, request.op ?? '', request.bindings, param, written)) {
      const key = `${element.in}:${element.name}:${element.at.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(element);
    }
  }
  return out.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

/** The elements one written part gives: every binding of the longest matching caller path (a name sends `fromImage` and `tag`). */
function elementsFor(
  row: GenerationRow,
  op: string,
  bindings: readonly Binding[],
  param: string,
  written: Written,
): ElementUse[] {
  let longest = -1;
  let matches: Binding[] = [];
  let below: Binding | undefined;
  for (const binding of bindings) {
    if (binding.from.split(/[.[]/)[0] !== param) continue;
    if (binding.sentWhen?.op === '<') continue; // a fallback for old daemons, not what the code asks for
    const steps = fromSteps(binding.from);
    if (steps.length <= written.path.length && steps.every((step, i) => stepMatches(written.path[i], step))) {
      if (steps.length > longest) {
        longest = steps.length;
        matches = [];
      }
      if (steps.length === longest) matches.push(binding);
    } else if (
      binding.in !== 'body' &&
      written.path.length > 0 &&
      written.path.every((step, i) => steps[i] && stepMatches(step, steps[i] as Step))
    ) {
      below ??= binding;
    }
  }
  const value = written.value;
  const valueFacts =
    value === undefined ? {} : { value, ...(written.valueAt ? { valueAt: at(written.valueAt) } : {}) };
  if (matches.length === 0) {
    // Writing the parent of a value the client reads into a query parameter (`Platform:` for `options.Platform.OS`).
    return below && !isZero(value)
      ? [{ in: below.in as 'query' | 'header', name: below.name, at: at(written.at) }]
      : [];
  }
  const out: ElementUse[] = [];
  for (const binding of matches) {
    if (binding.in !== 'body') {
      // `Remove: true` makes the client send nothing; `Remove: false`, the parameter.
      if (binding.unless ? value === true : isZero(value)) continue;
      out.push({
        in: binding.in,
        name: binding.name,
        at: at(written.at),
        ...(longest === written.path.length ? valueFacts : {}),
      });
      continue;
    }
    const name = bodyName(row, op, binding, written.path.slice(longest));
    if (name) out.push({ in: 'body', name, at: at(written.at), ...valueFacts });
  }
  return out;
}

/**
 * The JSON path below a body binding: field steps through the types' JSON
 * keys, `[]` for items, map keys as written. Below a type from outside the
 * client module (`nat.PortMap`, `units.Ulimit`) the element data names the
 * keys: a Go field matches the data's key whatever its case (`HostIP` → `HostIp`).
 */
function bodyName(
  row: GenerationRow,
  op: string,
  binding: Binding,
  rest: readonly Step[],
): string | undefined {
  let path = binding.name;
  let dataPath = binding.name;
  let type: TypeRef | undefined = binding.type;
  for (const written of rest) {
    const known =
      type !== undefined && (type.startsWith('[]') || type.startsWith('{}') || row.types[type] !== undefined);
    // A variable as a map key (`port: {…}` in a PortMap) reads like a field name.
    const mapped =
      'field' in written &&
      ((known && type?.startsWith('{}') === true) ||
        (!known && dataChild(op, dataPath, written.field) === undefined && dataHas(op, `${dataPath}{}`)));
    const step: Step = mapped ? { key: '' } : written;
    if ('item' in step || 'key' in step) {
      const marker = 'key' in step ? '{}' : '[]';
      if (known && type !== undefined) {
        if (!(type.startsWith('[]') || type.startsWith('{}'))) return undefined;
        type = type.slice(2);
      } else if (!dataHas(op, `${dataPath}${marker}`)) return undefined;
      else type = undefined;
      path = 'key' in step ? (step.key === '' ? `${path}{}` : join(path, step.key)) : `${path}[]`;
      dataPath = `${dataPath}${marker}`;
      continue;
    }
    if (!known || type === undefined) {
      const json = dataChild(op, dataPath, step.field);
      if (json === undefined) return undefined;
      path = join(path, json);
      dataPath = join(dataPath, json);
      type = undefined;
      continue;
    }
    const field = fieldOf(row, type, step.field);
    if (!field) return undefined;
    if (field.json === '') {
      type = field.type;
      if (written === rest.at(-1)) return undefined; // the embedded struct itself is no element
      continue;
    }
    const json = promotedPath(row, type, step.field) ?? field.json;
    path = join(path, json);
    dataPath = join(dataPath, json);
    type = field.type;
  }
  return path === '' ? undefined : path;
}

/** Body keys of an operation in the element data. */
function bodyKeys(op: string): readonly string[] {
  let keys = bodyKeyCache.get(op);
  if (!keys) {
    keys = [...elementStore().elementsOf(op).keys()]
      .filter((key) => key.startsWith('body:'))
      .map((key) => key.slice(5));
    bodyKeyCache.set(op, keys);
  }
  return keys;
}
const bodyKeyCache = new Map<string, readonly string[]>();

function dataHas(op: string, prefix: string): boolean {
  return bodyKeys(op).some((key) => key === prefix || key.startsWith(prefix));
}

/** The data's key for a Go field below a data path, matched without case. */
function dataChild(op: string, dataPath: string, goName: string): string | undefined {
  const head = dataPath === '' ? '' : `${dataPath}.`;
  const wanted = goName.toLowerCase();
  for (const key of bodyKeys(op)) {
    if (!key.startsWith(head)) continue;
    const segment = /^[^.[{=]+/.exec(key.slice(head.length))?.[0];
    if (segment && segment.toLowerCase() === wanted) return segment;
  }
  return undefined;
}

/** A promoted field's JSON path through named embedded structs (`""` parts skipped). */
function promotedPath(row: GenerationRow, type: TypeRef, name: string, depth = 0): string | undefined {
  const fields = row.types[type];
  if (!fields || depth > 4) return undefined;
  if (fields[name]) return fields[name]?.json;
  for (const field of Object.values(fields)) {
    if (field.json !== '') continue;
    const inner = promotedPath(row, field.type, name, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

const join = (a: string, b: string): string => (a === '' ? b : b === '' ? a : `${a}.${b}`);
