import type { SgNode } from '@ast-grep/napi';
import type { ElementUse, Position, RequestUsage } from '../../usage.ts';
import type { ExtractInput, Extractor } from '../types.ts';

/**
 * A working example of an extractor, end to end: copy this folder, rename
 * it, list it in ../index.ts. It reads a made-up Python client,
 * `engine.create(image="alpine", cgroupns="private")`, as the Engine's
 * `POST /containers/create` with `body:Image` and
 * `body:HostConfig.CgroupnsMode=private`, each element at its keyword.
 *
 * An extractor owns everything about its ecosystem: which files it reads,
 * the literals that must appear for it to run (the scan skips other files
 * without decoding them), the syntax tree it asks the parser service for,
 * the signals that give a file Docker context, and its version guards.
 * Its table of methods is data (here `KEYWORDS`); keep `extract` pure and
 * linear in the file size.
 */
const KEYWORDS: Readonly<Record<string, string>> = {
  image: 'Image',
  cgroupns: 'HostConfig.CgroupnsMode',
};

export const templateExtractor: Extractor = {
  id: 'template',
  title: 'A made-up Python client, as an example',
  files: { extensions: ['py'] },
  enablers: ['engine.create('],
  context: { literals: ['import engine'] },
  extract: (input) => extractTemplate(input),
};

function extractTemplate({ file, tree }: ExtractInput): RequestUsage[] {
  const root = tree('python');
  if (!root) return [];
  const calls = root.findAll({
    rule: { kind: 'call', has: { field: 'function', regex: '^engine\\.create$' } },
  });
  return calls.map((call) => {
    const name = call.field('function')?.field('attribute') ?? call;
    return {
      kind: 'request',
      extractor: templateExtractor.id,
      file: file.path,
      ...positionOf(name),
      method: 'POST',
      path: '/containers/create',
      operation: 'POST /containers/create',
      via: 'method',
      elements: keywordUses(call),
      anchored: true,
    };
  });
}

/** Each known keyword argument as the body field it sets, with its literal value. */
function keywordUses(call: SgNode): ElementUse[] {
  const uses: ElementUse[] = [];
  for (const argument of call.field('arguments')?.children() ?? []) {
    if (argument.kind() !== 'keyword_argument') continue;
    const key = argument.field('name');
    const field = key ? KEYWORDS[key.text()] : undefined;
    if (!key || !field) continue;
    const value = argument.field('value');
    const literal = value?.kind() === 'string' ? value.text().slice(1, -1) : undefined;
    uses.push({
      in: 'body',
      name: field,
      at: positionOf(key),
      ...(literal !== undefined && value && { value: literal, valueAt: positionOf(value) }),
    });
  }
  return uses;
}

function positionOf(node: SgNode): Position {
  const { start } = node.range();
  return { line: start.line + 1, column: start.column + 1 };
}
