import type { SgNode } from '@ast-grep/napi';
import { type GoFunc, type GoIndex, goString } from './go-index.ts';

/** What one Go client method sends, read from the client's source. */
export interface ClientMethod {
  readonly name: string;
  /** Operations as `METHOD /shape/{}` (parameters erased), in source order. */
  readonly requests: readonly string[];
  /** Type name of the options parameter (`ContainerLogsOptions`). */
  readonly options?: string;
  /** Options field → query parameter it sets (`Until` → `until`). */
  readonly query: ReadonlyMap<string, string>;
  /** Options field → top-level body field name it sets, as the Go field is named. */
  readonly body: ReadonlyMap<string, string>;
}

const VERBS: Record<string, string> = {
  get: 'GET',
  post: 'POST',
  postRaw: 'POST',
  postHijacked: 'POST',
  put: 'PUT',
  putRaw: 'PUT',
  delete: 'DELETE',
  head: 'HEAD',
};

/** `"/containers/"+id+"/start"` → `/containers/{}/start`; undefined when the path is not built from literals. */
function pathShape(node: SgNode | undefined): string | undefined {
  if (!node) return undefined;
  const literal = goString(node);
  if (literal !== undefined) return literal;
  if (node.kind() === 'binary_expression' && node.field('operator')?.text() === '+') {
    const left = pathShape(node.field('left') ?? undefined) ?? '{}';
    const right = pathShape(node.field('right') ?? undefined) ?? '{}';
    return `${left}${right}`.replace(/\{\}(\{\})+/g, '{}');
  }
  return undefined;
}

/** Every `func (cli *Client) …` method with the requests it (or a private helper it calls) makes. */
export function clientMethods(index: GoIndex): Map<string, ClientMethod> {
  const out = new Map<string, ClientMethod>();
  const own = (fn: GoFunc): string[] => {
    const found: string[] = [];
    for (const call of fn.node.findAll({ rule: { kind: 'call_expression' } })) {
      const callee = call.field('function');
      if (callee?.field('operand')?.text() !== 'cli') continue;
      const verb = VERBS[callee.field('field')?.text() ?? ''];
      if (!verb) continue;
      const shape = pathShape(call.field('arguments')?.namedChildren()[1]);
      if (shape?.startsWith('/')) found.push(`${verb} ${shape.replace(/\/\{\}$/, '/{}')}`);
    }
    return found;
  };
  for (const [name, list] of index.methods) {
    const fn = list.find((m) => m.receiver === 'Client' && m.pkg === 'client');
    if (!fn || !/^[A-Z]/.test(name)) continue;
    const requests = own(fn);
    const params = fn.node.field('parameters')?.namedChildren() ?? [];
    // The options parameter: `options ContainerListOptions`, `opts ContainerPruneOptions`.
    const optionsParam =
      params.find((p) => p.field('name')?.text() === 'options') ??
      params.find((p) => /Options$/.test(p.field('type')?.text() ?? ''));
    const param = optionsParam?.field('name')?.text() ?? 'options';
    const query = queryOf(fn, param, index);
    const body = bodyOf(fn, param);
    // Private helpers (`tryImageCreate`, `imageBuildOptionsToQuery`) hold the request or
    // the query for several public methods.
    for (const call of fn.node.findAll({ rule: { kind: 'call_expression' } })) {
      const callee = call.field('function');
      const helper = callee?.field('field')?.text() ?? '';
      if (callee?.field('operand')?.text() !== 'cli' || !/^[a-z]/.test(helper) || VERBS[helper]) continue;
      const target = index.methods.get(helper)?.find((m) => m.receiver === 'Client');
      if (!target) continue;
      requests.push(...own(target));
      if (
        !call
          .field('arguments')
          ?.namedChildren()
          .some((a) => a.text() === param)
      )
        continue;
      const inner = helperParam(target);
      for (const [k, v] of queryOf(target, inner, index)) if (!query.has(k)) query.set(k, v);
      for (const [k, v] of bodyOf(target, inner)) if (!body.has(k)) body.set(k, v);
    }
    const options = optionsParam?.field('type')?.text().replace(/^\*/, '');
    out.set(name, {
      name,
      requests: [...new Set(requests)],
      ...(options ? { options } : {}),
      query,
      body,
    });
  }
  return out;
}

/** The options parameter's name in a private helper (`imageBuildOptionsToQuery(_, options ImageBuildOptions)`). */
function helperParam(fn: GoFunc): string {
  const params = fn.node.field('parameters')?.namedChildren() ?? [];
  const found = params.find((p) => /Options$/.test(p.field('type')?.text() ?? ''));
  return found?.field('name')?.text() ?? 'options';
}

/** The query key a method of an option's type sets on the values it is given (`Filters.updateURLValues` → `filters`). */
function setterKey(index: GoIndex, method: string): string | undefined {
  const fn = index.methods.get(method)?.[0];
  const values = fn?.node.field('parameters')?.namedChildren()[0]?.field('name')?.text();
  for (const call of fn?.node.findAll({ rule: { kind: 'call_expression' } }) ?? []) {
    if (call.field('function')?.text() !== `${values}.Set`) continue;
    const key = goString(call.field('arguments')?.namedChildren()[0]);
    if (key !== undefined) return key;
  }
  return undefined;
}

/** Option fields read in an expression (`options.Until`). */
function optionFields(node: SgNode | null | undefined, param: string): string[] {
  if (!node) return [];
  return node
    .findAll({ rule: { kind: 'selector_expression' } })
    .filter((s) => s.field('operand')?.text() === param)
    .map((s) => s.field('field')?.text() ?? '');
}

function queryOf(fn: GoFunc, param: string, index: GoIndex): Map<string, string> {
  const out = new Map<string, string>();
  // `options.Filters.updateURLValues(query)`: the option's type sets the key.
  for (const call of fn.node.findAll({ rule: { kind: 'call_expression' } })) {
    const callee = call.field('function');
    const operand = /^(\w+)\.([A-Z]\w*)$/.exec(callee?.field('operand')?.text() ?? '');
    if (operand?.[1] !== param || call.field('arguments')?.text() !== '(query)') continue;
    const key = setterKey(index, callee?.field('field')?.text() ?? '');
    if (key !== undefined && operand[2] && !out.has(operand[2])) out.set(operand[2], key);
  }
  for (const call of fn.node.findAll({
    rule: { any: [{ kind: 'call_expression' }, { kind: 'assignment_statement' }] },
  })) {
    let key: SgNode | undefined;
    let value: SgNode | undefined;
    if (call.kind() === 'assignment_statement') {
      // `query["platforms"] = p`
      const left = call.field('left')?.namedChildren()[0];
      if (left?.kind() !== 'index_expression' || left.field('operand')?.text() !== 'query') continue;
      key = left.field('index') ?? undefined;
      value = call.field('right') ?? undefined;
    } else {
      const callee = call.field('function')?.text() ?? '';
      if (!/^query\.(Set|Add)$/.test(callee)) continue;
      [key, value] = call.field('arguments')?.namedChildren() ?? [];
    }
    const name = goString(key);
    if (name === undefined) continue;
    const fields = optionFields(value, param);
    // `if options.Follow { query.Set("follow", "1") }`: the condition names the field.
    for (const ancestor of call.ancestors()) {
      if (ancestor.kind() === 'if_statement')
        fields.push(
          ...optionFields(ancestor.field('condition'), param),
          ...optionFields(ancestor.field('initializer'), param),
        );
      if (ancestor.kind() === 'expression_switch_statement')
        fields.push(...optionFields(ancestor.field('value'), param));
      if (String(ancestor.kind()).endsWith('_declaration')) break;
    }
    const nearest = fields[0];
    if (nearest && !out.has(nearest)) out.set(nearest, name);
  }
  return out;
}

// `updateConfig.Resources = *options.Resources`: Resources is embedded in UpdateConfig, its members sit at the top.
const EMBEDDED_FIELDS = new Set(['Resources']);

function bodyOf(fn: GoFunc, param: string): Map<string, string> {
  const out = new Map<string, string>();
  // `cli.post(ctx, "/configs/create", nil, options.Spec, nil)`: the field is the whole body.
  for (const call of fn.node.findAll({ rule: { kind: 'call_expression' } })) {
    const callee = call.field('function');
    if (callee?.field('operand')?.text() !== 'cli' || !VERBS[callee.field('field')?.text() ?? '']) continue;
    const sent = new RegExp(`^${param}\\.([A-Z]\\w*)$`).exec(
      call.field('arguments')?.namedChildren()[3]?.text() ?? '',
    );
    if (sent?.[1]) out.set(sent[1], '');
  }
  for (const assign of fn.node.findAll({ rule: { kind: 'assignment_statement' } })) {
    const left = /^\w+\.([A-Z]\w*)$/.exec(assign.field('left')?.text() ?? '');
    const fields = optionFields(assign.field('right'), param);
    if (left?.[1] && fields[0] && !out.has(fields[0]))
      out.set(fields[0], EMBEDDED_FIELDS.has(left[1]) ? '' : left[1]);
  }
  for (const literal of fn.node.findAll({ rule: { kind: 'composite_literal' } })) {
    const type = literal.field('type')?.text() ?? '';
    if (!/^[a-z]+\.[A-Z]/.test(type) || type.startsWith('url.') || type.startsWith('http.')) continue;
    // `req.ConfigFrom = &network.ConfigReference{Network: options.ConfigFrom}` sits below ConfigFrom.
    const assigned = literal
      .ancestors()
      .slice(0, 4)
      .find((a) => a.kind() === 'assignment_statement');
    const under = /^\w+\.([A-Z]\w*)$/.exec(assigned?.field('left')?.text() ?? '')?.[1];
    for (const element of literal.field('body')?.namedChildren() ?? []) {
      if (element.kind() !== 'keyed_element') continue;
      const [key, value] = element.namedChildren();
      const fields = optionFields(value, param);
      if (key && fields[0] && value?.text() === `${param}.${fields[0]}`)
        out.set(fields[0], under ? `${under}.${key.text()}` : key.text());
    }
  }
  return out;
}
