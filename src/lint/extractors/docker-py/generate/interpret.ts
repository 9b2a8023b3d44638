import type { SgNode } from '@ast-grep/napi';
import { callArguments, dottedName, lineOf, namedChildren, parametersOf, stringValue } from '../syntax.ts';
import { ExpressionReader, within } from './expressions.ts';
import {
  type FunctionFacts,
  HTTP_HELPERS,
  type HttpCall,
  type ModuleScope,
  VERSION_GTE,
  VERSION_LT,
} from './facts.ts';
import { emptyValue, mergeInto, originValue, type Value } from './value.ts';

export type { FunctionFacts, HttpCall, ModuleScope, RawGate } from './facts.ts';
export { HTTP_HELPERS } from './facts.ts';

/** Versions below which docker-py keeps a legacy path: at or under the oldest the element data knows (1.24). */
const LEGACY_BELOW = new Set(['1.22', '1.23', '1.24', '1.25']);
const CONSTANTS = new Set(['true', 'false', 'integer', 'float', 'string', 'none']);

/** Reads one function (a `function_definition` node). */
export function interpret(def: SgNode, scope: ModuleScope, skipSelf = true, sends = true): FunctionFacts {
  const params = parametersOf(def);
  const names = skipSelf && params.names[0] === 'self' ? params.names.slice(1) : params.names;
  const fn = new FunctionReader({ ...params, names }, scope);
  const body = def.field('body');
  if (body) fn.block(body, [], false);
  // A type is the dict its constructor fills.
  if (def.field('name')?.text() === '__init__') mergeInto(fn.result, fn.selfValue);
  return {
    name: def.field('name')?.text() ?? '',
    line: lineOf(def),
    params: { ...params, names },
    result: fn.result,
    http: sends ? fn.httpCalls(body) : [],
    calls: fn.calls,
    gates: fn.gates,
  };
}

class FunctionReader extends ExpressionReader {
  block(node: SgNode, conditions: SgNode[], fallback: boolean): void {
    const unless = this.unlessStack.length;
    const when = this.whenStack.length;
    for (const statement of namedChildren(node)) {
      this.statement(statement, conditions, fallback);
      const condition = statement.kind() === 'if_statement' ? statement.field('condition') : null;
      const last = namedChildren(statement.field('consequence') ?? statement).at(-1);
      if (!condition || last?.kind() !== 'return_statement') continue;
      // `if not all_tags: return …`: what follows runs only when `all_tags` is given.
      const negated = condition.kind() === 'not_operator' ? namedChildren(condition)[0] : undefined;
      if (negated) this.whenStack.push(...this.plainOrigins(negated));
      else this.unlessStack.push(...this.plainOrigins(condition, 'or'));
    }
    this.unlessStack.length = unless;
    this.whenStack.length = when;
  }

  /**
   * The keywords a plain condition tests (`remove`, `x is not None`, and
   * `a and b` — or `a or b` for an early return, where either one returns);
   * none for anything else.
   */
  plainOrigins(condition: SgNode, joiner: 'and' | 'or' = 'and'): string[] {
    const kind = condition.kind();
    if (kind === 'identifier')
      return [...this.eval(condition, false).origins].filter((o) => !o.startsWith('?'));
    if (kind === 'comparison_operator' && /^\w+\s+is\s+not\s+None$/.test(condition.text()))
      return this.plainOrigins(namedChildren(condition)[0] ?? condition, joiner);
    if (kind === 'boolean_operator' && condition.field('operator')?.text() === joiner)
      return namedChildren(condition).flatMap((part) => this.plainOrigins(part, joiner));
    return [];
  }

  statement(node: SgNode, conditions: SgNode[], fallback: boolean): void {
    switch (node.kind()) {
      case 'expression_statement':
        for (const child of namedChildren(node)) this.expressionStatement(child, conditions, fallback);
        return;
      case 'return_statement':
        for (const child of namedChildren(node)) mergeInto(this.result, this.eval(child, fallback));
        return;
      case 'if_statement':
        this.ifStatement(node, conditions, fallback);
        return;
      case 'for_statement':
      case 'while_statement':
        if (node.kind() === 'for_statement') this.forStatement(node);
        this.loops++;
        this.nested(node, conditions, fallback);
        this.loops--;
        return;
      case 'try_statement':
        // The `try` body runs before its handlers: read as a branch so a fallback does not replace it.
        this.loops++;
        this.nested(node, conditions, fallback);
        this.loops--;
        return;
      case 'except_clause':
        this.nested(node, conditions, true);
        return;
      case 'function_definition':
      case 'class_definition':
      case 'decorated_definition':
        return;
      default:
        this.nested(node, conditions, fallback);
    }
  }

  nested(node: SgNode, conditions: SgNode[], fallback: boolean): void {
    for (const child of namedChildren(node)) {
      if (child.kind() === 'block') this.block(child, conditions, fallback);
      else if (String(child.kind()).endsWith('_clause')) this.statement(child, conditions, fallback);
    }
  }

  #legacyBranch(condition: SgNode, consequence: SgNode | null): boolean {
    if (condition.kind() !== 'call' || !consequence) return false;
    const callee = dottedName(condition.field('function')) ?? '';
    const bound = stringValue(callArguments(condition).positional[1]);
    const raises = consequence.find({ rule: { kind: 'raise_statement' } }) !== null;
    return VERSION_LT.has(callee) && bound !== undefined && !raises && LEGACY_BELOW.has(bound);
  }

  ifStatement(node: SgNode, conditions: SgNode[], fallback: boolean): void {
    const condition = node.field('condition');
    const inner = condition ? [...conditions, condition] : conditions;
    if (condition) this.gate(condition, node, inner);
    const consequence = node.field('consequence');
    const when = this.whenStack.length;
    if (condition) this.whenStack.push(...this.plainOrigins(condition));
    // `if version_lt(self._version, '1.25'): params['filter'] = name` is for older daemons than the data's:
    // what docker-py sends today is the other branch.
    const legacy = condition !== null && this.#legacyBranch(condition, consequence);
    if (consequence && !legacy) this.block(consequence, inner, fallback);
    this.whenStack.length = when;
    for (const alternative of namedChildren(node)) {
      const kind = alternative.kind();
      if (kind === 'elif_clause') this.ifStatement(alternative, conditions, fallback);
      else if (kind === 'else_clause') this.nested(alternative, conditions, fallback);
    }
  }

  /** `if version_lt(v, '1.41'): raise …` and the keywords of the conditions around it. */
  gate(condition: SgNode, statement: SgNode, conditions: SgNode[]): void {
    const comparisons = [condition, ...condition.findAll({ rule: { kind: 'call' } })].filter(
      (call, index, all) =>
        call.kind() === 'call' &&
        all.findIndex((c) => c.range().start.index === call.range().start.index) === index,
    );
    for (const call of comparisons) {
      const callee = dottedName(call.field('function')) ?? '';
      const lt = VERSION_LT.has(callee);
      if (!lt && !VERSION_GTE.has(callee)) continue;
      const version = stringValue(callArguments(call).positional[1]);
      if (version === undefined) continue;
      const raisesIn = (block: SgNode | null | undefined) =>
        block !== null && block !== undefined && block.find({ rule: { kind: 'raise_statement' } }) !== null;
      const elseRaises = raisesIn(namedChildren(statement).find((c) => c.kind() === 'else_clause'));
      // `if version_gte(v, '1.25'): … else: raise` rejects what is below 1.25.
      const raises = raisesIn(statement.field('consequence')) || elseRaises;
      const below = lt !== elseRaises;
      const origins = new Set<string>();
      for (const around of conditions)
        for (const id of [around, ...around.findAll({ rule: { kind: 'identifier' } })])
          if (id.kind() === 'identifier' && !within(id, call))
            for (const origin of this.eval(id, false).origins) origins.add(origin);
      this.gates.push({
        version,
        kind: !raises ? 'branch' : below ? 'min' : 'max',
        origins,
        line: lineOf(call),
      });
    }
  }

  /** `for key in copy.copy(kwargs): if key in LIST: target[key] = kwargs.pop(key)`. */
  forStatement(node: SgNode): void {
    // `for k, v in ports.items():` — the loop variables derive from what is iterated.
    const left = node.field('left');
    const iterated = node.field('right');
    if (left && iterated) {
      const origins = this.eval(iterated, false).origins;
      for (const id of [left, ...left.findAll({ rule: { kind: 'identifier' } })])
        if (id.kind() === 'identifier') this.env.set(id.text(), originValue(...origins));
    }
    const loopVar = left?.text();
    const body = node.field('body');
    if (!loopVar || !body) return;
    for (const test of body.findAll({ rule: { kind: 'if_statement' } })) {
      const condition = test.field('condition');
      if (condition?.kind() !== 'comparison_operator') continue;
      const [left, right] = namedChildren(condition);
      const list = right && this.scope.lists.get(right.text());
      if (left?.text() !== loopVar || !list) continue;
      for (const assignment of test.findAll({ rule: { kind: 'assignment' } })) {
        const target = assignment.field('left');
        if (target?.kind() !== 'subscript') continue;
        const container = target.field('value')?.text();
        const source = dottedName(assignment.field('right')?.field('function'))?.replace(/\.(pop|get)$/, '');
        if (!container || !source) continue;
        const held = source === this.params.kwargs ? '' : `${source}:`;
        const dict = this.dictOf(container);
        // Each key is popped once: a later list does not get what an earlier one took.
        for (const key of list) if (!this.claimed.has(key)) dict.dict.set(key, originValue(`${held}${key}`));
        for (const key of list) this.claimed.add(key);
      }
    }
  }

  expressionStatement(node: SgNode, conditions: SgNode[], fallback: boolean): void {
    if (node.kind() === 'assignment') {
      this.assign(node, conditions, fallback);
      return;
    }
    if (node.kind() === 'call') {
      const callee = dottedName(node.field('function'));
      const args = callArguments(node);
      const method = callee?.slice(callee.lastIndexOf('.') + 1);
      const object = callee?.slice(0, callee.lastIndexOf('.'));
      const fn = node.field('function');
      const attribute = fn?.kind() === 'attribute' ? fn.field('attribute')?.text() : undefined;
      if ((attribute === 'append' || attribute === 'insert') && fn) {
        const target = this.target(fn.field('object'));
        const item = args.positional.at(-1);
        if (target && item) {
          const items = target.dict.get('[]') ?? emptyValue();
          target.dict.set('[]', mergeInto(items, this.eval(item, fallback)));
          return;
        }
      }
      if ((method === 'update' || method === 'setdefault') && object && this.env.has(object)) {
        const dict = this.dictOf(object);
        if (method === 'update') {
          for (const argument of args.positional) mergeInto(dict, this.eval(argument, fallback));
          for (const { name, value } of args.keywords) dict.dict.set(name, this.eval(value, fallback));
        } else {
          const key = stringValue(args.positional[0]);
          if (key !== undefined) dict.dict.set(key, this.eval(args.positional[1] ?? node, fallback));
        }
        return;
      }
      if (callee === undefined && node.field('function')?.text() === 'super().__init__') {
        for (const argument of args.positional) mergeInto(this.selfValue, this.eval(argument, fallback));
        return;
      }
    }
    this.eval(node, fallback);
  }

  originsIn(node: SgNode): Value {
    const versionCalls = [node, ...node.findAll({ rule: { kind: 'call' } })].filter((call) => {
      const callee = dottedName(call.field('function')) ?? '';
      return call.kind() === 'call' && (VERSION_LT.has(callee) || VERSION_GTE.has(callee));
    });
    const ids = [node, ...node.findAll({ rule: { kind: 'identifier' } })].filter(
      (n) => n.kind() === 'identifier' && !versionCalls.some((call) => within(n, call)),
    );
    return { ...originValue(...ids.flatMap((id) => [...this.eval(id, false).origins])) };
  }

  assign(node: SgNode, conditions: SgNode[], fallback: boolean): void {
    const left = node.field('left');
    const right = node.field('right');
    if (!left || !right) return;
    const value = this.eval(right, fallback);
    // A key made under `if detach and remove:` is sent when both are given (marked `?`).
    if (CONSTANTS.has(String(right.kind())) && left.kind() === 'subscript')
      for (const condition of conditions)
        for (const origin of this.originsIn(condition).origins)
          value.origins.add(`?${origin.replace(/^\?/, '')}`);
    if (left.kind() === 'identifier') {
      const name = left.text();
      // Outside any branch an assignment replaces (`placement = Placement(**placement)`); inside one it may not happen.
      if (conditions.length === 0 && !this.loops) {
        this.env.set(name, value);
        return;
      }
      const current = this.env.get(name) ?? this.paramValue(name) ?? emptyValue();
      this.env.set(name, mergeInto(current, value));
    } else if (left.kind() === 'subscript') {
      const container = left.field('value');
      const key = this.keyOf(left.field('subscript'));
      const name = container?.text();
      const dict =
        container?.kind() === 'subscript'
          ? this.target(container)
          : name && /^[\w.]+$/.test(name)
            ? this.dictOf(name)
            : undefined;
      if (key === undefined || !dict) return;
      // A key named by a keyword's value is there because of that keyword.
      if (key.startsWith('{')) value.origins.add(key.slice(1, -1));
      const existing = dict.dict.get(key);
      dict.dict.set(key, existing ? mergeInto(existing, value) : value);
    }
  }

  /** Every HTTP call in the body, evaluated against the final environment. */
  httpCalls(body: SgNode | null): HttpCall[] {
    if (!body) return [];
    const calls: HttpCall[] = [];
    for (const call of body.findAll({ rule: { kind: 'call' } })) {
      const callee = dottedName(call.field('function')) ?? '';
      const method = HTTP_HELPERS[callee];
      if (!method) continue;
      const args = callArguments(call);
      const keyword = (name: string) => args.keywords.find((k) => k.name === name)?.value;
      const first = args.positional[0];
      const urlValue = first ? this.eval(first, false) : undefined;
      const data = keyword('data') ?? keyword('json') ?? args.positional[1];
      const fallback = call.ancestors().some((a) => a.kind() === 'except_clause');
      calls.push({
        method,
        url: urlValue?.url,
        line: lineOf(call),
        query: optional(keyword('params'), (n) => this.eval(n, false)),
        body: optional(data, (n) => this.eval(n, false)),
        json: callee === 'self._post_json' || keyword('json') !== undefined,
        headers: optional(keyword('headers'), (n) => this.eval(n, false)),
        fallback,
      });
    }
    return calls;
  }
}

function optional<T>(node: SgNode | undefined, f: (node: SgNode) => T): T | undefined {
  return node ? f(node) : undefined;
}
