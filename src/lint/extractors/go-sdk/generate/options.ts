import type { OptionRow } from '../table-types.ts';
import type { GoFunc, GoIndex, GoPackage } from './go-index.ts';
import type { GoTypes } from './go-types.ts';
import { Interpreter } from './interpret.ts';
import type { Val } from './values.ts';

/**
 * The client package's functional options: exported functions returning a
 * type some `*Client` method takes as `...Option`, run to see which field of
 * the option struct each parameter lands in.
 */
export function optionRows(index: GoIndex, clientPkg: GoPackage, types: GoTypes): Record<string, OptionRow> {
  const optionTypes = new Set<string>();
  for (const method of clientPkg.methods.get('Client')?.values() ?? [])
    for (const param of method.params) if (param.variadic) optionTypes.add(param.type.text());
  const rows: [string, OptionRow][] = [];
  for (const fn of [...clientPkg.funcs.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const result = fn.node.field('result')?.text() ?? '';
    if (!/^[A-Z]/.test(fn.name) || !optionTypes.has(result)) continue;
    const row = optionRow(index, clientPkg, types, fn, result);
    if (row.sets.length > 0) rows.push([fn.name, row]);
  }
  return Object.fromEntries(rows);
}

function optionRow(
  index: GoIndex,
  clientPkg: GoPackage,
  types: GoTypes,
  fn: GoFunc,
  result: string,
): OptionRow {
  const interpreter = new Interpreter(index, clientPkg, types);
  interpreter.run(fn);
  const params = new Set(fn.params.map((param) => param.name));
  const sets = new Map<string, { field: string; from: string }>();
  for (const target of interpreter.closureParams) collect(target, '', params, sets, 0);
  return {
    type: `client.${result}`,
    params: fn.params.map((param) => param.name),
    sets: [...sets.values()].sort((a, b) => (a.field < b.field ? -1 : 1)),
  };
}

function collect(
  val: Val,
  path: string,
  params: ReadonlySet<string>,
  out: Map<string, { field: string; from: string }>,
  depth: number,
): void {
  if (depth > 6) return;
  for (const [name, field] of val.fields) {
    const here = path === '' ? name : `${path}.${name}`;
    for (const flow of field.flows)
      if (params.has(flow)) out.set(`${here} ${flow}`, { field: here, from: flow });
    collect(field, here, params, out, depth + 1);
  }
}
