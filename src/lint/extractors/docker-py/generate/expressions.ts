import type { SgNode } from '@ast-grep/napi';
import { callArguments, dottedName, lineOf, namedChildren, type Parameters, stringValue } from '../syntax.ts';
import type { ModuleScope, RawGate } from './facts.ts';
import { type CallValue, copyValue, emptyValue, mergeInto, originValue, union, type Value } from './value.ts';

/**
 * The expression half of reading one docker-py function: what each
 * expression is worth (its keywords, dict shape, docker-py calls) in the
 * environment the statements build (./interpret.ts).
 */
export class ExpressionReader {
  readonly env = new Map<string, Value>();
  readonly result = emptyValue();
  readonly calls: CallValue[] = [];
  readonly gates: RawGate[] = [];
  protected readonly seenCalls = new Map<number, CallValue>();
  protected readonly claimed = new Set<string>();
  protected loops = 0;
  protected readonly whenStack: string[] = [];
  protected readonly unlessStack: string[] = [];
  protected readonly params: Parameters;
  protected readonly scope: ModuleScope;

  constructor(params: Parameters, scope: ModuleScope) {
    this.params = params;
    this.scope = scope;
    this.env.set('self', emptyValue());
  }

  get selfValue(): Value {
    return this.env.get('self') as Value;
  }

  /** The value a name or a `name['key']` subscript holds, made when absent. */
  target(node: SgNode | null): Value | undefined {
    if (!node) return undefined;
    if (node.kind() === 'identifier') return this.dictOf(node.text());
    if (node.kind() !== 'subscript') return undefined;
    const outer = this.target(node.field('value'));
    const key = this.keyOf(node.field('subscript'));
    if (!outer || key === undefined) return undefined;
    const inner = outer.dict.get(key) ?? emptyValue();
    outer.dict.set(key, inner);
    return inner;
  }

  /**
   * A subscript key: a string, or `{mode}` for a key named by the value of
   * keyword `mode` (`self[service_mode] = {}` in ServiceMode).
   */
  keyOf(node: SgNode | null): string | undefined {
    const text = stringValue(node);
    if (text !== undefined || !node || node.kind() !== 'identifier') return text;
    const origins = [...this.eval(node, false).origins];
    return origins.length === 1 && /^\w+$/.test(origins[0] ?? '') ? `{${origins[0]}}` : undefined;
  }

  /** The dict a name holds, made when the name holds none yet. */
  dictOf(name: string): Value {
    let value = this.env.get(name);
    if (!value) {
      value = this.paramValue(name) ?? emptyValue();
      this.env.set(name, value);
    }
    return value;
  }

  paramValue(name: string): Value | undefined {
    if (name === this.params.star) return { ...originValue(), star: true };
    if (name === this.params.kwargs) return { ...originValue(), starKw: true };
    return this.params.names.includes(name) ? originValue(name) : undefined;
  }

  eval(node: SgNode, fallback: boolean): Value {
    switch (node.kind()) {
      case 'identifier':
        return this.env.get(node.text()) ?? this.paramValue(node.text()) ?? emptyValue();
      case 'string':
      case 'concatenated_string':
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
      case 'lambda':
        return emptyValue();
      case 'dictionary':
        return this.dictionary(node, fallback);
      case 'list':
      case 'list_comprehension': {
        const items = union(namedChildren(node).map((child) => this.eval(child, fallback)));
        const list = originValue(...items.origins);
        if (items.members) list.members = [...items.members];
        if (items.dict.size > 0 || items.calls.length > 0) list.dict.set('[]', items);
        return list;
      }
      case 'subscript': {
        const object = this.eval(node.field('value') ?? node, fallback);
        const key = stringValue(node.field('subscript'));
        if (key === undefined) return union([object]);
        return this.member(object, key);
      }
      case 'call':
        return this.call(node, fallback);
      default:
        return union(namedChildren(node).map((child) => this.eval(child, fallback)));
    }
  }

  dictionary(node: SgNode, fallback: boolean): Value {
    const result = emptyValue();
    for (const entry of namedChildren(node)) {
      if (entry.kind() === 'pair') {
        const key = stringValue(entry.field('key'));
        const value = entry.field('value');
        if (key !== undefined && value) result.dict.set(key, this.eval(value, fallback));
        // `{network: None}`: a computed key still derives from its keyword.
        else if (entry.field('key'))
          for (const o of this.eval(entry.field('key') ?? entry, fallback).origins) result.origins.add(o);
      } else if (entry.kind() === 'dictionary_splat') {
        for (const inner of namedChildren(entry)) mergeInto(result, this.eval(inner, fallback));
      }
    }
    return result;
  }

  call(node: SgNode, fallback: boolean): Value {
    const callee = dottedName(node.field('function'));
    const args = callArguments(node);
    if (callee === 'self._url') return { ...emptyValue(), url: stringValue(args.positional[0]) ?? '' };
    const dot = callee?.lastIndexOf('.') ?? -1;
    const object = callee?.slice(0, dot);
    const method = callee?.slice(dot + 1);
    const fn = node.field('function');
    const key0 = stringValue(args.positional[0]);
    const attribute = fn?.kind() === 'attribute' ? fn.field('attribute')?.text() : undefined;
    if ((attribute === 'get' || attribute === 'pop') && key0 !== undefined && fn) {
      const rest = union(args.positional.slice(1).map((a) => this.eval(a, fallback)));
      const held =
        object !== undefined && object === this.params.kwargs
          ? ''
          : object !== undefined && this.params.names.includes(object)
            ? `${object}:`
            : undefined;
      if (held !== undefined) return mergeInto(originValue(`${held}${key0}`), rest);
      return mergeInto(this.member(this.eval(fn.field('object') ?? fn, fallback), key0), rest);
    }
    const key = callee === undefined ? undefined : this.calleeKey(callee, object, method);
    if (key !== undefined) {
      const seen = this.seenCalls.get(node.range().start.index);
      if (seen) return { ...emptyValue(), calls: [seen] };
      const call: CallValue = {
        callee: key,
        positional: args.positional.map((a) => this.eval(a, fallback)),
        keywords: new Map(args.keywords.map(({ name, value }) => [name, this.eval(value, fallback)])),
        starArgs: args.starArgs.map((a) => this.eval(a, fallback)),
        starKwargs: args.starKwargs.map((a) => this.eval(a, fallback)),
        line: lineOf(node),
        fallback,
        when: [...new Set(this.whenStack)],
        unless: [...new Set(this.unlessStack)],
      };
      this.seenCalls.set(node.range().start.index, call);
      this.calls.push(call);
      const value: Value = { ...emptyValue(), calls: [call] };
      // A module helper (`convert_service_ports(ports)`) derives from its arguments too.
      if (key.startsWith('fn:'))
        for (const argument of [...call.positional, ...call.keywords.values()])
          for (const o of argument.origins) value.origins.add(o);
      return value;
    }
    const parts = [
      ...args.positional,
      ...args.keywords.map((k) => k.value),
      ...args.starArgs,
      ...args.starKwargs,
    ];
    const value = union(parts.map((a) => this.eval(a, fallback)));
    // A method of a value (`ports.items()`) derives from its keywords, not its shape.
    if (fn?.kind() === 'attribute') {
      const object = this.eval(fn.field('object') ?? fn, fallback);
      for (const o of object.origins) value.origins.add(o);
      for (const member of object.members ?? []) addMember(value, member);
    }
    return value;
  }

  /** Entry `key` of a dict value; for a value with no such entry, what it derives from. */
  member(object: Value, key: string): Value {
    const inner = object.dict.get(key);
    if (inner) return copyValue(inner);
    const value = originValue(...object.origins);
    if (object.calls.length > 0) value.members = object.calls.map((call) => ({ call, key }));
    for (const member of object.members ?? []) addMember(value, member);
    return value;
  }

  calleeKey(callee: string, object: string | undefined, method: string | undefined): string | undefined {
    const direct = this.scope.resolve(callee);
    if (direct !== undefined || !object || !method) return direct;
    for (const call of this.env.get(object)?.calls ?? []) {
      const key = this.scope.methodOn(call.callee, method);
      if (key !== undefined) return key;
    }
    return undefined;
  }
}

export function within(node: SgNode, outer: SgNode): boolean {
  const inner = node.range();
  const range = outer.range();
  return inner.start.index >= range.start.index && inner.end.index <= range.end.index;
}

/** Appends a member a value derives from, starting the list on first use. */
function addMember(value: Value, member: NonNullable<Value['members']>[number]): void {
  if (value.members) value.members.push(member);
  else value.members = [member];
}
