import type { NapiConfig } from '@ast-grep/napi';
import { flagNameFacts } from './flag-names.ts';
import { FunctionWalk, type WalkContext } from './function-walk.ts';
import { calledFunc, type GoFunc, type GoIndex } from './go-index.ts';

/** Where a flag's value lands in what a command hands the Go client. */
export type FieldTarget =
  /** A field of a client options struct: `client.ContainerLogsOptions{Until: …}`. */
  | {
      readonly kind: 'option';
      readonly type: string;
      readonly field: string;
      readonly path: readonly string[];
    }
  /** A field path below an API type literal: `container.HostConfig{CgroupnsMode: …}`. */
  | { readonly kind: 'api'; readonly root: string; readonly path: readonly string[] };

export interface FieldFact {
  readonly flag: string;
  readonly target: FieldTarget;
  /** The flag's text reaches the field unchanged (or through a string type conversion). */
  readonly direct: boolean;
}

export interface CommandFlow {
  /** Go client methods the command calls, in the order first met. */
  readonly calls: readonly string[];
  readonly facts: readonly FieldFact[];
}

export interface FlowInput {
  readonly index: GoIndex;
  readonly start: GoFunc;
  readonly fieldFlags: ReadonlyMap<string, readonly string[]>;
  readonly flagNames: ReadonlySet<string>;
  /** Names of the Go client's request-making methods. */
  readonly clientNames: ReadonlySet<string>;
  readonly stringTypes: ReadonlySet<string>;
  readonly isConstructor: (fn: GoFunc) => boolean;
}

const STATEMENTS: NapiConfig = {
  rule: {
    any: [
      { kind: 'short_var_declaration' },
      { kind: 'assignment_statement' },
      { kind: 'var_spec' },
      { kind: 'range_clause' },
      { kind: 'call_expression' },
      { kind: 'composite_literal' },
    ],
  },
};

/**
 * Follows the flags of one command through the functions its constructor
 * reaches: local variables, string conversions, struct literals, helpers
 * handed a flag's name; and lists the client methods it calls.
 */
export function commandFlow(input: FlowInput): CommandFlow {
  const calls: string[] = [];
  const context: WalkContext = { ...input, facts: [], varTypes: new Map() };
  const seen = new Set<GoFunc>();
  const visit = (fn: GoFunc): void => {
    if (seen.has(fn)) return;
    seen.add(fn);
    const walk = new FunctionWalk(context, fn, seen.size);
    context.facts.push(...flagNameFacts(input.index, fn, input.flagNames));
    for (const node of fn.node.findAll(STATEMENTS)) {
      const kind = node.kind();
      if (kind === 'composite_literal') walk.compositeLiteral(node);
      else if (kind !== 'call_expression') walk.assignment(node);
      else {
        const callee = node.field('function');
        const method = callee?.field('field')?.text() ?? '';
        if (
          callee?.kind() === 'selector_expression' &&
          input.clientNames.has(method) &&
          !calls.includes(method)
        )
          calls.push(method);
        const target = calledFunc(input.index, fn, node) ?? packageMethod(input.index, fn, method);
        if (target && followed(target, input)) visit(target);
      }
    }
  };
  visit(input.start);
  return { calls, facts: context.facts.map((fact) => rootAtType(fact, context.varTypes)) };
}

// Shell completion asks the daemon for names; that is not what the command sends.
const followed = (fn: GoFunc, input: FlowInput): boolean =>
  !input.isConstructor(fn) && !fn.pkg.endsWith('/completion') && !/^(add)?[cC]omplet/.test(fn.name);

// A struct variable never nested in another literal is rooted at its own type.
function rootAtType(fact: FieldFact, varTypes: ReadonlyMap<string, string>): FieldFact {
  if (fact.target.kind !== 'api') return fact;
  const type = varTypes.get(fact.target.root) ?? fact.target.root;
  if (!type.startsWith('client.')) return { ...fact, target: { ...fact.target, root: type } };
  const [field = '', ...path] = fact.target.path;
  return { ...fact, target: { kind: 'option', type: type.slice('client.'.length), field, path } };
}

/** `options.ToService(…)`: the one method of that name in the caller's package. */
function packageMethod(index: GoIndex, fn: GoFunc, name: string): GoFunc | undefined {
  if (!/^[A-Za-z]/.test(name) || fn.imports.size === 0) return undefined;
  const found = index.methods.get(name)?.filter((m) => m.pkg === fn.pkg);
  return found?.length === 1 ? found[0] : undefined;
}
