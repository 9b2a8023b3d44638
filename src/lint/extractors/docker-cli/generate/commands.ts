import type { SgNode } from '@ast-grep/napi';
import { calledFunc, type GoFunc, type GoIndex, goString, lineOf, stringValue } from './go-index.ts';

/** A flag as the source defines it. */
export interface FlagDef {
  readonly name: string;
  readonly short?: string;
  /** True when the flag takes a value (`--name x`); false for booleans (`--rm`, `--rm=false`). */
  readonly value: boolean;
  /** The options field the flag writes (`gpus` for `&copts.gpus`), for the field analysis. */
  readonly field?: string;
  /** Where the flag is defined: `path:line`. */
  readonly at: string;
  version?: string;
  versionAt?: string;
  deprecated?: true;
  hidden?: true;
  persistent?: true;
}

/** A command as its constructor builds it. */
export interface CommandDef {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly version?: string;
  readonly versionAt?: string;
  readonly hidden?: true;
  /** False when flags end at the first argument (`SetInterspersed(false)`: run, exec, create). */
  readonly interspersed: boolean;
  readonly at: string;
  readonly fn: GoFunc;
  readonly flags: Map<string, FlagDef>;
  /** Positional arguments the command stores in its options: `#0` (`copts.Image = args[0]`), `#1+` (`args[1:]`) → field. */
  readonly positionals: ReadonlyMap<string, string>;
  /** `version` annotations set on a flag the command does not define (pflag refuses them; the CLI ignores the error). */
  readonly orphans: Orphan[];
  readonly children: CommandDef[];
}

export interface Orphan {
  readonly flag: string;
  readonly version: string;
  readonly at: string;
}

// pflag definers: `XVar(p, name, …)`, `X(name, …)`; a trailing P adds the shorthand after the name.
const DEFINER =
  /^(Bool|String|StringSlice|StringArray|StringToString|Int|Int8|Int16|Int32|Int64|Uint|Uint8|Uint16|Uint32|Uint64|Float32|Float64|Duration|IP|IPSlice|IPNet|IPNetSlice|IPMask|Count|BytesHex)?(Var)?(P)?$/;

const cobraLiteral = (fn: GoFunc): SgNode | undefined =>
  fn.node
    .findAll({ rule: { kind: 'composite_literal' } })
    .find((lit) => lit.field('type')?.text() === 'cobra.Command');

// `cmd := *newPsCommand(dockerCLI)` then `cmd.Use = …` / `cmd.Aliases = …`: a copy under another name.
function wrapped(index: GoIndex, fn: GoFunc): GoFunc | undefined {
  for (const decl of fn.node.findAll({ rule: { kind: 'short_var_declaration' } })) {
    const right = decl.field('right')?.namedChildren()[0];
    const call = right?.kind() === 'unary_expression' ? right.field('operand') : undefined;
    if (call?.kind() !== 'call_expression') continue;
    const target = calledFunc(index, fn, call);
    if (target && cobraLiteral(target)) return target;
  }
  return undefined;
}

/** Whether a function builds a cobra command. */
export const isConstructor = (fn: GoFunc, index?: GoIndex): boolean =>
  cobraLiteral(fn) !== undefined || (index !== undefined && wrapped(index, fn) !== undefined);

function overrides(fn: GoFunc): { use?: string; aliases?: string[] } {
  const out: { use?: string; aliases?: string[] } = {};
  for (const assign of fn.node.findAll({ rule: { kind: 'assignment_statement' } })) {
    const left = assign.field('left')?.text();
    const right = assign.field('right')?.namedChildren()[0];
    if (left?.endsWith('.Use')) out.use = goString(right);
    if (left?.endsWith('.Aliases'))
      out.aliases = (right?.findAll({ rule: { kind: 'interpreted_string_literal' } }) ?? []).map(
        (s) => goString(s) ?? '',
      );
  }
  return out;
}

function keyed(literal: SgNode): Map<string, SgNode> {
  const out = new Map<string, SgNode>();
  const body = literal.field('body');
  for (const element of body?.namedChildren() ?? []) {
    if (element.kind() !== 'keyed_element') continue;
    const [key, value] = element.namedChildren();
    const valueNode = value?.namedChildren()[0] ?? value;
    if (key && valueNode) out.set(key.text(), valueNode);
  }
  return out;
}

/** Keyed elements of a composite literal, key text → value expression. */
export const keyedElements = keyed;

/** Reads one command constructor and, recursively, the subcommands it adds. */
export function readCommand(
  index: GoIndex,
  fn: GoFunc,
  cite: (fn: GoFunc, node: SgNode) => string,
): CommandDef {
  const literal = cobraLiteral(fn);
  if (!literal) {
    const inner = wrapped(index, fn);
    if (!inner) throw new Error(`${fn.file}: ${fn.name} builds no cobra.Command`);
    const base = readCommand(index, inner, cite);
    const { use, aliases } = overrides(fn);
    return { ...base, name: use?.split(' ')[0] ?? base.name, aliases: aliases ?? base.aliases };
  }
  const fields = keyed(literal);
  const use = goString(fields.get('Use')) ?? '';
  const aliases = (fields.get('Aliases')?.findAll({ rule: { kind: 'interpreted_string_literal' } }) ?? [])
    .map((s) => goString(s) ?? '')
    .filter((s) => s !== '');
  let version: string | undefined;
  let versionAt: string | undefined;
  const annotations = fields.get('Annotations');
  for (const element of annotations?.field('body')?.namedChildren() ?? []) {
    const [key, value] = element.namedChildren();
    if (goString(key?.namedChildren()[0]) === 'version') {
      version = goString(value?.namedChildren()[0]);
      versionAt = cite(fn, element);
    }
  }
  const flags = new Map<string, FlagDef>();
  const orphans: Orphan[] = [];
  readFlags(index, fn, { flags, orphans }, new Set(), cite);
  const positionals = new Map<string, string>();
  for (const assign of fn.node.findAll({ rule: { kind: 'assignment_statement' } })) {
    const arg = /^args\[(\d)(:)?\]$/.exec(assign.field('right')?.text() ?? '');
    const left = assign.field('left')?.text() ?? '';
    if (arg && /^\w+(\.\w+)+$/.test(left))
      positionals.set(`#${arg[1]}${arg[2] ? '+' : ''}`, left.slice(left.indexOf('.') + 1));
  }
  const children: CommandDef[] = [];
  for (const call of fn.node.findAll({ rule: { kind: 'call_expression' } })) {
    if (call.field('function')?.field('field')?.text() !== 'AddCommand') continue;
    for (const arg of call.field('arguments')?.namedChildren() ?? []) {
      if (arg.kind() !== 'call_expression') continue;
      const child = calledFunc(index, fn, arg);
      if (child && isConstructor(child, index)) children.push(readCommand(index, child, cite));
    }
  }
  return {
    name: use.split(' ')[0] ?? '',
    aliases,
    ...(version ? { version, versionAt } : {}),
    ...(fields.get('Hidden')?.text() === 'true' ? { hidden: true as const } : {}),
    interspersed: !/\.SetInterspersed\(false\)/.test(fn.node.text()),
    at: cite(fn, literal),
    fn,
    flags,
    positionals,
    orphans,
    children,
  };
}

/** The flags a function (and the helpers it hands its flag set to) defines. */
export function flagsOf(
  index: GoIndex,
  fn: GoFunc,
  cite: (fn: GoFunc, node: SgNode) => string,
): Map<string, FlagDef> {
  const flags = new Map<string, FlagDef>();
  readFlags(index, fn, { flags, orphans: [] }, new Set(), cite);
  return flags;
}

const flagSetArg = (text: string, sets: ReadonlySet<string>): boolean =>
  sets.has(text) || /\.(Persistent)?Flags\(\)$/.test(text);

/**
 * Flag definitions and annotations of a function and of the helpers it hands
 * its flag set to (`addFlags(flags)` for run and create).
 */
function readFlags(
  index: GoIndex,
  fn: GoFunc,
  sink: { flags: Map<string, FlagDef>; orphans: Orphan[] },
  seen: Set<GoFunc>,
  cite: (fn: GoFunc, node: SgNode) => string,
): void {
  if (seen.has(fn)) return;
  seen.add(fn);
  const { flags } = sink;
  const sets = new Set<string>(['flags', 'flagSet', 'fs']);
  const persistent = new Set<string>();
  for (const decl of fn.node.findAll({ rule: { kind: 'short_var_declaration' } })) {
    const right = decl.field('right')?.text() ?? '';
    const left = decl.field('left')?.text() ?? '';
    if (/\.Flags\(\)$/.test(right)) sets.add(left);
    if (/\.PersistentFlags\(\)$/.test(right)) {
      sets.add(left);
      persistent.add(left);
    }
  }
  for (const param of fn.node.field('parameters')?.namedChildren() ?? []) {
    if (param.field('type')?.text().includes('FlagSet')) sets.add(param.field('name')?.text() ?? '');
  }
  for (const call of fn.node.findAll({ rule: { kind: 'call_expression' } })) {
    const callee = call.field('function');
    const args = call.field('arguments')?.namedChildren() ?? [];
    const method = callee?.kind() === 'selector_expression' ? (callee.field('field')?.text() ?? '') : '';
    const receiver = callee?.field('operand')?.text() ?? '';
    if (method && flagSetArg(receiver, sets)) {
      const isPersistent = persistent.has(receiver) || receiver.endsWith('.PersistentFlags()');
      const definer = DEFINER.exec(method);
      if (definer && method !== '' && method !== 'P') {
        const nameAt = definer[2] ? 1 : 0;
        const name = stringValue(index, fn, args[nameAt]);
        if (name === undefined) continue;
        const short = definer[3] ? stringValue(index, fn, args[nameAt + 1]) : undefined;
        const field = definer[2] ? lastField(args[0]) : undefined;
        flags.set(name, {
          name,
          ...(short ? { short } : {}),
          value: definer[1] !== 'Bool',
          ...(field ? { field } : {}),
          at: cite(fn, call),
          ...(isPersistent ? { persistent: true as const } : {}),
        });
        continue;
      }
      const flagName = stringValue(index, fn, args[0]) ?? '';
      const target = flags.get(flagName);
      const isVersion = method === 'SetAnnotation' && stringValue(index, fn, args[1]) === 'version';
      const value = args[2]?.find({ rule: { kind: 'interpreted_string_literal' } });
      if (!target) {
        const version = goString(value);
        if (isVersion && version) sink.orphans.push({ flag: flagName, version, at: cite(fn, call) });
        continue;
      }
      if (isVersion) {
        target.version = goString(value);
        target.versionAt = cite(fn, call);
      } else if (method === 'MarkDeprecated') target.deprecated = true;
      else if (method === 'MarkHidden') target.hidden = true;
      continue;
    }
    if (!args.some((arg) => flagSetArg(arg.text(), sets))) continue;
    const helper = calledFunc(index, fn, call) ?? uniqueMethod(index, method);
    if (helper) readFlags(index, helper, sink, seen, cite);
  }
}

function uniqueMethod(index: GoIndex, name: string): GoFunc | undefined {
  const found = index.methods.get(name);
  return found?.length === 1 ? found[0] : undefined;
}

/** The options field a flag writes, below its root variable: `&options.ipam.driver` → `ipam.driver`. */
function lastField(node: SgNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind() === 'identifier') return node.text();
  const selector =
    node.kind() === 'selector_expression' ? node : node.find({ rule: { kind: 'selector_expression' } });
  if (!selector) return node.find({ rule: { kind: 'identifier' } })?.text();
  const text = selector.text();
  return /^[\w.]+$/.test(text) ? text.slice(text.indexOf('.') + 1) : selector.field('field')?.text();
}

/** Constructors registered at the top level (`commands.Register(newRunCommand)`), in source order. */
export function topLevel(index: GoIndex): { fn: GoFunc; legacy: boolean }[] {
  const found: { fn: GoFunc; legacy: boolean }[] = [];
  for (const fn of index.all) {
    if (fn.name !== 'init') continue;
    for (const call of fn.node.findAll({ rule: { kind: 'call_expression' } })) {
      const name = call.field('function')?.text();
      if (name !== 'commands.Register' && name !== 'commands.RegisterLegacy') continue;
      const arg = call.field('arguments')?.namedChildren()[0];
      if (!arg) continue;
      const calls = arg.kind() === 'identifier' ? [arg] : arg.findAll({ rule: { kind: 'call_expression' } });
      for (const ref of calls) {
        const target =
          ref.kind() === 'identifier'
            ? index.funcs.get(`${fn.pkg}\0${ref.text()}`)
            : calledFunc(index, fn, ref);
        if (target && isConstructor(target, index))
          found.push({ fn: target, legacy: name.endsWith('Legacy') });
      }
    }
  }
  return found;
}

export { lineOf };
