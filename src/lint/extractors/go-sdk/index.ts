import type { SgNode } from '@ast-grep/napi';
import { treeOf } from '../../parse/service.ts';
import type { SourceFile } from '../../source-file.ts';
import type { PinUsage, RequestUsage, Usage } from '../../usage.ts';
import { snippet } from '../shared/snippet.ts';
import type { ExtractInput, Extractor } from '../types.ts';
import { elementsOf, type Rooted } from './elements.ts';
import { type ChosenGeneration, chooseGeneration } from './generation.ts';
import { argumentsOf, stringLiteral } from './go-syntax.ts';
import { guardOf } from './guards.ts';
import { type Construction, NEGOTIATE_OPTION, PIN_OPTIONS, Receivers } from './receivers.ts';
import { enclosingFunction, type GoFileScope, scopeOf } from './scope.ts';
import { type GenerationId, generation } from './table.ts';
import type { GenerationRow, MethodRequest, MethodRow } from './table-types.ts';
import { type Step, WrittenCollector } from './written.ts';

const ID = 'go-sdk';
const CLIENT_IMPORTS = ['github.com/docker/docker/client', 'github.com/moby/moby/client'] as const;

/**
 * Calls of the Docker Go client (`github.com/docker/docker/client`,
 * `github.com/moby/moby/client`) mapped through data/go-sdk.json to the
 * requests they send, each element at the text that names it; client pins
 * (`WithVersion`, `DOCKER_API_VERSION`) and clients that speak the module's
 * default version. See docs/go.md.
 */
export const goSdkExtractor: Extractor = {
  id: ID,
  title: 'Docker Go client calls',
  files: { extensions: ['go'] },
  // Every file that uses the client or its API types names the module.
  enablers: ['github.com/docker/docker', 'github.com/moby/moby'],
  context: { literals: CLIENT_IMPORTS },
  extract: (input) => {
    try {
      return extractGo(input);
    } catch {
      return [];
    }
  },
};

const position = (node: SgNode) => {
  const { start } = node.range();
  return { line: start.line + 1, column: start.column + 1 };
};

/** The usages of one file; throws where the extractor would fail quietly (for tests on real code). */
export function extractGo(input: ExtractInput): Usage[] {
  const root = input.tree('go');
  if (!root) return [];
  const scope = scopeOf(root);
  const siblings = input.siblings?.() ?? [];
  const siblingScopes = siblings
    .filter((sibling) => sibling.path.endsWith('.go') && sibling.path !== input.file.path)
    .map((sibling) => treeOf(sibling, 'go'))
    .filter((tree): tree is SgNode => tree !== undefined)
    .map(scopeOf);
  const scopes = [scope, ...siblingScopes];
  if (scopes.every((each) => each.clientAliases.size === 0)) return [];
  const goMod = siblings.find((sibling) => sibling.path === 'go.mod' || sibling.path.endsWith('/go.mod'));
  const imports = new Set(scopes.flatMap((each) => [...each.imports.values()]));
  const chosen = chooseGeneration(imports, () => scope.typeNames(), goMod);
  const row = generation(chosen.id);
  const receivers = new Receivers(
    scopes,
    (method) => methodOf(chosen.id, method) !== undefined,
    row.negotiation === 'opt-in' ? clientVersionOf(scope, chosen.defaultVersion) : undefined,
  );
  const constant = (node: SgNode): string | undefined => {
    const alias = node.field('operand')?.text() ?? '';
    const key = scope.packageKeys.get(alias);
    return key === undefined ? undefined : row.constants[`${key}.${node.field('field')?.text() ?? ''}`];
  };
  const collector = new WrittenCollector(scope, constant);
  const file = input.file;
  const usages: Usage[] = [...pins(file, scope, receivers, row, chosen)];
  for (const call of scope.calls()) {
    const fn = call.field('function');
    if (fn?.kind() !== 'selector_expression') continue;
    const name = fn.field('field');
    const found = name ? methodOf(chosen.id, name.text()) : undefined;
    if (!name || !found || !receivers.isClient(scope, fn.field('operand'))) continue;
    if (receivers.overridden(scope, fn.field('operand'), name.text())) continue;
    const { method, row: methodRow } = found;
    const rooted = rootedArguments(call, method, methodRow, scope, collector.at(call));
    const pin = receivers.pinOf(scope, fn.field('operand'));
    const guard = guardOf(call);
    for (const request of method.requests) {
      if (!request.op || request.triedFirst || !sentFor(request, rooted)) continue;
      const [verb = 'GET', template = ''] = request.op.split(' ');
      const { start, end } = call.range();
      usages.push({
        kind: 'request',
        extractor: ID,
        file: file.path,
        ...position(name),
        method: verb,
        path: template.replace(/\{[^}]*\}/g, '{}'),
        operation: request.op,
        ...(pin === undefined ? {} : { pin }),
        elements: elementsOf(methodRow, request, rooted),
        anchored: true,
        via: 'method',
        text: snippet(file.text, start.index, end.index),
        ...(guard ? { guard } : {}),
      } satisfies RequestUsage);
    }
  }
  return usages;
}

const ORDER: readonly GenerationId[] = ['v28.5.2', 'main', 'v24.0.9'];

/** The method in the chosen generation, else in another that has it (a method renamed or added since). */
function methodOf(id: GenerationId, name: string): { method: MethodRow; row: GenerationRow } | undefined {
  for (const each of [id, ...ORDER.filter((other) => other !== id)]) {
    const row = generation(each);
    const method = row.methods[name];
    if (method && method.requests.length > 0) return { method, row };
  }
  return undefined;
}

/** What each argument writes, rooted at its parameter; functional options at the fields they set. */
function rootedArguments(
  call: SgNode,
  method: MethodRow,
  row: GenerationRow,
  scope: GoFileScope,
  collector: WrittenCollector,
): Rooted[] {
  const args = argumentsOf(call);
  const rooted: Rooted[] = [];
  for (const [i, [param, type]] of method.params.entries()) {
    if (type === 'context.Context') continue;
    if (type.startsWith('...')) {
      for (const arg of args.slice(i)) rooted.push(...optionWrites(arg, param, row, scope, collector));
      break;
    }
    const arg = args[i];
    if (!arg || arg.text() === 'nil' || arg.text() === '""') continue;
    const value = collector.value(arg);
    rooted.push({
      param,
      written: { path: [], at: arg, ...(value === undefined ? {} : { value, valueAt: arg }) },
    });
    for (const written of collector.collect(arg)) rooted.push({ param, written });
  }
  return rooted;
}

/** `client.ImageInspectWithManifests(true)`: the option struct field it sets, at the argument. */
function optionWrites(
  arg: SgNode,
  param: string,
  row: GenerationRow,
  scope: GoFileScope,
  collector: WrittenCollector,
): Rooted[] {
  const fn = arg.kind() === 'call_expression' ? arg.field('function') : null;
  if (fn?.kind() !== 'selector_expression' || !scope.clientAliases.has(fn.field('operand')?.text() ?? ''))
    return [];
  const option = row.options[fn.field('field')?.text() ?? ''];
  if (!option) return [];
  const args = argumentsOf(arg);
  const out: Rooted[] = [];
  for (const set of option.sets) {
    const given = args[option.params.indexOf(set.from)];
    if (!given) continue;
    const path: Step[] = set.field.split('.').map((field) => ({ field }));
    const value = collector.value(given);
    out.push({
      param,
      written: { path, at: given, ...(value === undefined ? {} : { value, valueAt: given }) },
    });
    for (const written of collector.collect(given, path)) out.push({ param, written });
  }
  return out;
}

/** A request the client sends only for some options (`QueryRegistry`) counts when the call writes one of them. */
function sentFor(request: MethodRequest, rooted: readonly Rooted[]): boolean {
  if (!request.when) return true;
  return request.when.some((flow) => {
    const [param, ...fields] = flow.split('.');
    return rooted.some(
      ({ param: p, written }) =>
        p === param &&
        written.value !== false &&
        fields.every((field, i) => {
          const step = written.path[i];
          return step !== undefined && 'field' in step && step.field === field;
        }),
    );
  });
}

/** Pins of the clients built in this file, and clients that speak their module's default version. */
function pins(
  file: SourceFile,
  scope: GoFileScope,
  receivers: Receivers,
  row: GenerationRow,
  chosen: ChosenGeneration,
): PinUsage[] {
  const out: PinUsage[] = [];
  const pinAt = (node: SgNode, pin: string, extra: Partial<PinUsage> = {}): PinUsage => {
    const { start, end } = node.range();
    return {
      kind: 'pin',
      extractor: ID,
      file: file.path,
      ...position(node),
      pin,
      text: snippet(file.text, start.index, end.index),
      ...extra,
    };
  };
  const seenPins = new Set<number>();
  for (const construction of receivers.constructions(scope)) {
    if (construction.pin) {
      // A version from a variable or the environment is still a version: not the default.
      const version = versionText(scope, construction.pin);
      if (version) {
        seenPins.add(version.node.range().start.index);
        out.push(pinAt(version.node, version.text));
      }
      continue;
    }
    if (
      construction.negotiates ||
      row.negotiation === 'default' ||
      setLater(construction, scope) ||
      setsEnv(scope)
    )
      continue;
    out.push(pinAt(construction.call, chosen.defaultVersion, { defaultOf: chosen.library }));
  }
  for (const call of [
    ...scope.callsTo('Setenv'),
    ...[...PIN_OPTIONS].flatMap((option) => scope.callsTo(option)),
  ]) {
    const fn = call.field('function');
    const name = fn?.kind() === 'selector_expression' ? fn.field('field')?.text() : undefined;
    const args = argumentsOf(call);
    let version: SgNode | undefined;
    if (name && PIN_OPTIONS.has(name) && scope.clientAliases.has(fn?.field('operand')?.text() ?? ''))
      version = args[0];
    else if (name === 'Setenv' && stringLiteral(args[0]) === 'DOCKER_API_VERSION') version = args[1];
    const found = version ? versionText(scope, version) : undefined;
    if (!found || seenPins.has(found.node.range().start.index)) continue;
    seenPins.add(found.node.range().start.index);
    out.push(pinAt(found.node, found.text));
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A version literal, or a constant of the file holding one (then at the constant's value). */
function versionText(scope: GoFileScope, node: SgNode): { node: SgNode; text: string } | undefined {
  const literal = stringLiteral(node);
  const constant = node.kind() === 'identifier' ? scope.constNodes.get(node.text()) : undefined;
  const text = literal ?? (constant ? stringLiteral(constant) : undefined);
  if (text === undefined || !/^v?\d+\.\d+$/.test(text)) return undefined;
  return { node: literal === undefined && constant ? constant : node, text: text.replace(/^v/, '') };
}

/** The file sets DOCKER_API_VERSION itself before building clients from the environment, or negotiates later. */
/**
 * The version a client built without options speaks in this file: the one
 * the file sets in DOCKER_API_VERSION (FromEnv reads it), none when it
 * negotiates later, else the module's default. A sibling's own settings
 * (a test that sets the variable) do not change this file's clients.
 */
function clientVersionOf(scope: GoFileScope, defaultVersion: string): string | undefined {
  const text = scope.root.text();
  const fromEnv = /\.Setenv\(\s*"DOCKER_API_VERSION"\s*,\s*"v?(\d{1,2}\.\d{1,3})"/.exec(text)?.[1];
  if (fromEnv) return fromEnv;
  return setsEnv(scope) ? undefined : defaultVersion;
}

function setsEnv(scope: GoFileScope): boolean {
  // …or negotiates after building (`cli.NegotiateAPIVersion(ctx)`).
  return /\.Setenv\(\s*"DOCKER_API_VERSION"|\.NegotiateAPIVersion\(/.test(scope.root.text());
}

/** Options spread from a variable: the function around the constructor sets the version or negotiates. */
function setLater(construction: Construction, scope: GoFileScope): boolean {
  if (!construction.spreads) return false;
  const fn = enclosingFunction(construction.call);
  const text = fn?.text() ?? scope.root.text();
  return [...PIN_OPTIONS, NEGOTIATE_OPTION].some((option) => text.includes(`${option}(`));
}
