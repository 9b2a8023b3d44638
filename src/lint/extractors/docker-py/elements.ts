import type { SgNode } from '@ast-grep/napi';
import type { ElementPlace, ElementUse, LiteralValue, Position } from '../../usage.ts';
import type { DockerNames } from './imports.ts';
import { knownElements } from './known.ts';
import { type Constants, literalNode } from './pins.ts';
import type { Receivers } from './receivers.ts';
import type { Scopes } from './scope.ts';
import { callArguments, dottedName, namedChildren, parametersOf, stringValue } from './syntax.ts';
import type { DockerPyTable } from './table.ts';

/** One argument as the callee sees it: its keyword name, where the name is written, and its value. */
export interface ArgumentUse {
  readonly name: string;
  readonly nameNode: SgNode;
  readonly value: SgNode;
}

export interface ElementContext {
  readonly table: DockerPyTable;
  readonly names: DockerNames;
  readonly scopes: Scopes;
  readonly receivers: Receivers;
  readonly constants: Constants;
}

const MAX_DEPTH = 8;

export const position = (node: SgNode): Position => {
  const { start } = node.range();
  return { line: start.line + 1, column: start.column + 1 };
};

/** A literal value, or a module constant resolved to one. */
export function literalOf(node: SgNode, constants: Constants): LiteralValue | undefined {
  const literal = literalNode(node, constants);
  if (!literal) return undefined;
  const text = stringValue(literal);
  if (text !== undefined) return text;
  if (literal.kind() === 'true') return true;
  if (literal.kind() === 'false') return false;
  const number = Number(literal.text().replace(/_/g, ''));
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The keyword arguments a call passes, positional ones named by `params`,
 * and the keys of `**dicts` it spreads (dict literals, `dict(…)`, names
 * bound to them and the keys written into them later), each at its own text.
 */
export function argumentUses(
  call: SgNode,
  params: readonly string[],
  context: ElementContext,
  /** A `**name` spread left out (a wrapper's `**kwargs`, read per caller). */
  skip?: string,
): ArgumentUse[] {
  const args = callArguments(call);
  const uses: ArgumentUse[] = [];
  args.positional.forEach((value, index) => {
    // Past the named parameters: the table's `#0`, `#1` for arguments passed on through `*args`.
    const name = params[index] ?? `#${index - params.length}`;
    uses.push({ name, nameNode: value, value });
  });
  for (const keyword of args.keywords) uses.push(keyword);
  for (const spread of args.starKwargs)
    if (spread.text() !== skip) uses.push(...dictEntries(spread, context, 0));
  return uses;
}

/** The string-keyed entries of a dict expression, followed through names. */
export function dictEntries(node: SgNode, context: ElementContext, depth: number): ArgumentUse[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.kind()) {
    case 'dictionary': {
      const entries: ArgumentUse[] = [];
      for (const entry of namedChildren(node)) {
        if (entry.kind() === 'dictionary_splat')
          for (const inner of namedChildren(entry)) entries.push(...dictEntries(inner, context, depth + 1));
        const key = entry.field('key');
        const value = entry.field('value');
        const name = key ? stringValue(literalNode(key, context.constants) ?? key) : undefined;
        if (entry.kind() === 'pair' && key && value && name !== undefined)
          entries.push({ name, nameNode: key, value });
      }
      return entries;
    }
    case 'call': {
      if (dottedName(node.field('function')) !== 'dict') return [];
      const args = callArguments(node);
      return [
        ...args.positional.flatMap((a) => dictEntries(a, context, depth + 1)),
        ...args.keywords,
        ...args.starKwargs.flatMap((a) => dictEntries(a, context, depth + 1)),
      ];
    }
    case 'identifier': {
      const def = context.scopes.scopeOf(node);
      if (def.kind() === 'function_definition' && parametersOf(def).kwargs === node.text())
        return callersKeywords(def, context);
      const bound = context.scopes
        .lookup(node.text(), node)
        .flatMap((b) => (b.kind === 'value' ? dictEntries(b.node, context, depth + 1) : []));
      const written = context.scopes
        .writes(node.text(), node)
        .map((w) => ({ name: w.key, nameNode: w.keyNode, value: w.value }));
      return [...bound, ...written];
    }
    case 'attribute': {
      // `**self._kwargs`: what the class stored there.
      if (node.field('object')?.text() !== 'self') return [];
      const name = node.field('attribute')?.text() ?? '';
      return context.scopes
        .selfAttribute(name, node)
        .flatMap((value) => dictEntries(value, context, depth + 1));
    }
    default:
      return [];
  }
}

/**
 * The keywords callers in the module pass into a function's `**kwargs`
 * (beyond its named parameters), at the callers' text: calls of a
 * function by name, of a method by attribute name, of a class for `__init__`.
 */
export function callersKeywords(def: SgNode, context: ElementContext): ArgumentUse[] {
  return callersKeywordGroups(def, context).flat();
}

/** The same, one group per call. */
export function callersKeywordGroups(def: SgNode, context: ElementContext): ArgumentUse[][] {
  const own = new Set(parametersOf(def).names);
  return context.scopes
    .callersOf(def)
    .map((caller) =>
      argumentUses(caller, [], context).filter((use) => !own.has(use.name) && !use.name.startsWith('#')),
    );
}

/** What a value is once names are followed: the expression a variable was given, or itself. */
function resolved(node: SgNode, context: ElementContext, depth: number): SgNode[] {
  if (depth > MAX_DEPTH) return [node];
  // `host_config=self._host_config()`: what the module's own function returns.
  const local = node.kind() === 'call' ? context.scopes.calledFunction(node) : undefined;
  if (local) {
    const values = context.scopes.returnsOf(local).flatMap((value) => resolved(value, context, depth + 1));
    if (values.length > 0) return values;
  }
  if (node.kind() !== 'identifier') return [node];
  const values = context.scopes
    .lookup(node.text(), node)
    .flatMap((b) => (b.kind === 'value' ? resolved(b.node, context, depth + 1) : []));
  return values.length > 0 ? values : [node];
}

/** The `docker.types` class a call builds (`Mount(...)`, `client.api.create_host_config(...)`), if any. */
function typeOfCall(call: SgNode, context: ElementContext): string | undefined {
  const fn = call.field('function');
  const canonical = context.names.canonical(dottedName(fn));
  const last = canonical?.slice(canonical.lastIndexOf('.') + 1);
  if (
    canonical?.startsWith('docker.types') ||
    (canonical && last && context.table.types[last] && /^[A-Z]/.test(last))
  )
    return last && context.table.types[last] ? last : undefined;
  if (fn?.kind() !== 'attribute') return undefined;
  const method = fn.field('attribute')?.text() ?? '';
  const factory = context.table.factories[method];
  if (!factory) return undefined;
  return context.receivers.of(fn.field('object') ?? fn)?.kind === 'api' ? factory : undefined;
}

/**
 * Collects elements of one operation: an argument's own key and, in the
 * body, the fields its value writes (dict keys, list items, docker.types
 * objects), each at the text that names it.
 */
export class ElementCollector {
  readonly elements: ElementUse[] = [];
  readonly #context: ElementContext;
  readonly #operation: string;
  readonly #seen = new Set<string>();
  readonly #arguments = new Set<ElementUse>();

  constructor(operation: string, context: ElementContext) {
    this.#operation = operation;
    this.#context = context;
  }

  /** Whether an element is an argument's own key (not a field inside its value). */
  isArgument(element: ElementUse): boolean {
    return this.#arguments.has(element);
  }

  /** `place:name` set by an argument written at `nameNode` with value `value`. */
  add(place: ElementPlace, name: string, nameNode: SgNode, value: SgNode | undefined, depth = 0): void {
    const pushed = name !== '' ? this.#push(place, name, nameNode, value) : undefined;
    if (pushed && depth === 0) this.#arguments.add(pushed);
    if (value && (place === 'body' || name === '')) this.#nested(place, name, value, depth);
  }

  #push(place: ElementPlace, written: string, at: SgNode, value: SgNode | undefined): ElementUse | undefined {
    const known = knownElements(this.#operation).canonical(place, written);
    if (!known) return undefined;
    // The data's spelling (`Mode.Replicated` for `"replicated"`), but map keys as written.
    const name = known.includes('{}') ? written : known.slice(place.length + 1);
    const pos = position(at);
    // One element per key and line (`logs(stream=True, follow=True)` sends `follow` once).
    const id = `${place}:${name}@${pos.line}`;
    if (this.#seen.has(id)) return undefined;
    this.#seen.add(id);
    const literal = value ? literalOf(value, this.#context.constants) : undefined;
    const valueNode = value && literalNode(value, this.#context.constants);
    const element: ElementUse = {
      in: place,
      name,
      at: pos,
      ...(literal !== undefined && valueNode ? { value: literal, valueAt: position(value) } : {}),
    };
    this.elements.push(element);
    return element;
  }

  /**
   * A dict key's path: the key as a field name, or, where docker-py turns
   * the dict into a type (`healthcheck={"start_period": …}` → `Healthcheck(**…)`),
   * the field a type keyword of that name sets.
   */
  #dictKey(place: ElementPlace, path: string, key: string): string {
    const direct = join(path, key);
    const known = knownElements(this.#operation);
    if (place !== 'body' || known.canonical(place, direct)) return direct;
    for (const facts of Object.values(this.#context.table.types))
      for (const relative of facts.keywords[key] ?? [])
        if (known.canonical(place, join(path, relative))) return join(path, relative);
    return direct;
  }

  #nested(place: ElementPlace, path: string, value: SgNode, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const known = knownElements(this.#operation);
    for (const node of resolved(value, this.#context, 0)) {
      const kind = node.kind();
      if (
        kind === 'dictionary' ||
        (kind === 'call' && dottedName(node.field('function')) === 'dict') ||
        kind === 'identifier'
      ) {
        if (place === 'body' && !known.hasFields(path)) continue;
        // `{network: api.create_endpoint_config(...)}`: a computed key of a map of structs.
        if (kind === 'dictionary' && known.isMapOfStructs(path))
          for (const pair of namedChildren(node).filter((p) => p.kind() === 'pair')) {
            const key = pair.field('key');
            const value = pair.field('value');
            if (key && value && stringValue(literalNode(key, this.#context.constants) ?? key) === undefined)
              this.#nested(place, `${path}{}`, value, depth + 1);
          }
        for (const entry of dictEntries(node, this.#context, 0))
          this.add(place, this.#dictKey(place, path, entry.name), entry.nameNode, entry.value, depth + 1);
      } else if (kind === 'list' || kind === 'tuple' || kind === 'list_comprehension') {
        const items = kind === 'list_comprehension' ? namedChildren(node).slice(0, 1) : namedChildren(node);
        for (const item of items) this.#nested(place, `${path}[]`, item, depth + 1);
      } else if (kind === 'call') {
        const type = typeOfCall(node, this.#context);
        const facts = type ? this.#context.table.types[type] : undefined;
        if (!facts) continue;
        const uses = argumentUses(node, facts.params, this.#context);
        for (const use of uses) {
          const paths = facts.keywords[use.name] ?? [];
          for (const relative of paths) {
            // Of several paths for one keyword, the outermost: the inner ones depend on its value.
            if (
              paths.some(
                (other) =>
                  other !== relative &&
                  relative.startsWith(other) &&
                  /^[.[]/.test(relative.slice(other.length)),
              )
            )
              continue;
            const concrete = placeholders(relative, uses, this.#context.constants);
            // A key named by the value (`ServiceMode("replicated")`) does not carry it as its value.
            const value = relative.includes(`{${use.name}}`) ? undefined : use.value;
            if (concrete === undefined) continue;
            this.add(place, join(path, concrete), use.nameNode, value, depth + 1);
            // The levels the keyword opens inside the type (`tmpfs_size=` → `TmpfsOptions`) are written there too.
            for (let i = concrete.indexOf('.'); i !== -1; i = concrete.indexOf('.', i + 1))
              this.add(
                place,
                join(path, concrete.slice(0, i).replace(/\[\]$/, '')),
                use.nameNode,
                undefined,
                depth + 1,
              );
          }
        }
      }
    }
  }
}

/** `{mode}.Replicas` with `mode="replicated"` → `replicated.Replicas`; undefined when the value is not written. */
function placeholders(path: string, uses: readonly ArgumentUse[], constants: Constants): string | undefined {
  let missing = false;
  const concrete = path.replace(/\{(\w+)\}/g, (_, keyword: string) => {
    const use = uses.find((u) => u.name === keyword);
    const literal = use ? literalOf(use.value, constants) : undefined;
    if (typeof literal !== 'string') missing = true;
    return String(literal);
  });
  return missing ? undefined : concrete;
}

/** `a.b`, `a[].b`; a leading empty path gives the name alone. */
export function join(path: string, name: string): string {
  if (!path) return name;
  return name.startsWith('[]') ? `${path}${name}` : `${path}.${name}`;
}
