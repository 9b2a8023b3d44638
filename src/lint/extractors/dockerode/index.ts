import { Lang, parse, type SgNode } from '@ast-grep/napi';
import type { PinUsage, RequestUsage, Usage } from '../../usage.ts';
import { snippet } from '../shared/snippet.ts';
import type { ExtractInput, Extractor } from '../types.ts';
import { dockerodeNames } from './imports.ts';
import { Receivers } from './receivers.ts';
import { requestsOf } from './requests.ts';
import { collectConstants, shapeOf } from './shape-of.ts';
import { namedChildren } from './syntax.ts';
import { dockerodeTable } from './table.ts';

const ID = 'dockerode';

/**
 * Calls on dockerode objects in JavaScript and TypeScript, mapped through the
 * table in methods.json to the Engine API requests they make, and API versions
 * pinned with `new Docker({ version })`.
 */
export const dockerodeExtractor: Extractor = {
  id: ID,
  title: 'dockerode calls',
  files: { extensions: ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'] },
  enablers: [ID],
  extract: (input) => extractDockerode(input),
};

function languageOf(path: string): Lang {
  if (path.endsWith('.tsx')) return Lang.Tsx;
  return /\.[mc]?ts$/.test(path) ? Lang.TypeScript : Lang.JavaScript;
}

export function extractDockerode({ file }: ExtractInput): Usage[] {
  const language = languageOf(file.path);
  const root = parse(language, file.text).root();
  const names = dockerodeNames(root);
  if (names.constructors.size === 0 && names.types.size === 0) return [];
  const table = dockerodeTable();
  const constants = collectConstants(root);
  const receivers = new Receivers(table, names, constants);
  receivers.collect(root, language !== Lang.JavaScript);

  const usages: Usage[] = [];
  const at = (node: SgNode) => {
    const { start } = node.range();
    return { file: file.path, line: start.line + 1, column: start.column + 1 };
  };
  const text = (node: SgNode) => {
    const { start, end } = node.range();
    return snippet(file.text, start.index, end.index);
  };

  for (const call of root.findAll({
    rule: { any: [{ kind: 'call_expression' }, { kind: 'new_expression' }] },
  })) {
    const receiver = call.kind() === 'new_expression' ? receivers.receiverOf(call) : undefined;
    if (receiver?.pin !== undefined)
      usages.push({
        kind: 'pin',
        extractor: ID,
        ...at(call),
        pin: receiver.pin,
        text: text(call),
      } satisfies PinUsage);
    const found = call.kind() === 'call_expression' ? receivers.methodCall(call) : undefined;
    if (!found) continue;
    const argsNode = call.field('arguments');
    const args = argsNode ? namedChildren(argsNode).map((arg) => shapeOf(arg, constants)) : [];
    for (const request of requestsOf(table, found.method, args)) {
      const usage: RequestUsage = {
        kind: 'request',
        extractor: ID,
        ...at(found.name),
        ...request,
        ...(found.receiver.pin === undefined ? {} : { pin: found.receiver.pin }),
        anchored: true,
        text: text(call),
      };
      usages.push(usage);
    }
  }
  return usages;
}
