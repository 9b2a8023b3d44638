import type { SgNode } from '@ast-grep/napi';
import { withJsGuards } from '../../guards/index.ts';
import { isTypeScript, JS_EXTENSIONS, parseSource } from '../../js/parse.ts';
import { namedChildren } from '../../js/syntax.ts';
import type { PinUsage, RequestUsage, Usage } from '../../usage.ts';
import { snippet } from '../shared/snippet.ts';
import type { ExtractInput, Extractor } from '../types.ts';
import { dockerodeNames } from './imports.ts';
import { jsdocParameters } from './jsdoc.ts';
import { Receivers } from './receivers.ts';
import { requestsOf } from './requests.ts';
import { collectConstants, positionOf, shapeOf } from './shape-of.ts';
import { type DockerodeTable, dockerodeTable, methodNamePattern } from './table.ts';

const ID = 'dockerode';

/**
 * Calls on dockerode objects in JavaScript and TypeScript, mapped through the
 * table in data/dockerode-methods.json to the Engine API requests they make, and API versions
 * pinned with `new Docker({ version })`.
 */
export const dockerodeExtractor: Extractor = {
  id: ID,
  title: 'dockerode calls',
  files: { extensions: JS_EXTENSIONS },
  // Every way to reach dockerode names the module: files without it are never parsed.
  enablers: [ID],
  context: { literals: ['dockerode', 'docker-modem'] },
  extract: (input) => withJsGuards(input, extractDockerode(input)),
};

/** Usages of one file; a file the parser cannot read, or code that defeats the walk, yields none. */
export function extractDockerode(input: ExtractInput): Usage[] {
  try {
    return extractFrom(input);
  } catch {
    return [];
  }
}

/**
 * `new …` and calls of a member named like a dockerode method: the parser
 * selects them, which spares a crossing into JavaScript for every other call.
 */
function candidateCalls(table: DockerodeTable) {
  const named = { field: 'property', regex: methodNamePattern(table) };
  return {
    any: [
      { kind: 'new_expression' },
      { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: named } },
    ],
  };
}

/** A test that replaces the module with a mock: its calls never reach a daemon. */
const MOCKED = /\b(?:vi|jest)\.mock\(\s*['"]dockerode['"]/;

function extractFrom({ file }: ExtractInput): Usage[] {
  if (MOCKED.test(file.text)) return [];
  const root = parseSource(file);
  if (!root) return [];
  const names = dockerodeNames(root);
  if (names.constructors.size === 0 && names.types.size === 0) return [];
  const table = dockerodeTable();
  const constants = collectConstants(root);
  const receivers = new Receivers(table, names, constants);
  const typescript = isTypeScript(file.path);
  receivers.collect(root, typescript, typescript ? undefined : jsdocParameters(root, names));

  const usages: Usage[] = [];
  const at = (node: SgNode) => {
    const { start } = node.range();
    return { file: file.path, line: start.line + 1, column: start.column + 1 };
  };
  const text = (node: SgNode) => {
    const { start, end } = node.range();
    return snippet(file.text, start.index, end.index);
  };

  for (const call of root.findAll({ rule: candidateCalls(table) })) {
    const receiver = call.kind() === 'new_expression' ? receivers.receiverOf(call) : undefined;
    if (receiver?.pin !== undefined)
      usages.push({
        kind: 'pin',
        extractor: ID,
        ...(receiver.pinAt ? { file: file.path, ...receiver.pinAt } : at(call)),
        pin: receiver.pin,
        text: text(call),
      } satisfies PinUsage);
    const found = call.kind() === 'call_expression' ? receivers.methodCall(call) : undefined;
    if (!found) continue;
    const argsNode = call.field('arguments');
    const argNodes = argsNode ? namedChildren(argsNode) : [];
    const args = argNodes.map((arg) => shapeOf(arg, constants));
    const positions = argNodes.map(positionOf);
    const argsAt = positions[0] ?? positionOf(found.name);
    for (const request of requestsOf(table, found.method, args, argsAt, positions)) {
      const usage: RequestUsage = {
        kind: 'request',
        extractor: ID,
        ...at(found.name),
        method: request.method,
        path: request.path,
        operation: request.operation,
        elements: request.elements,
        via: 'method',
        ...(found.receiver.pin === undefined ? {} : { pin: found.receiver.pin }),
        anchored: true,
        text: text(call),
      };
      usages.push(usage);
    }
  }
  return usages;
}
