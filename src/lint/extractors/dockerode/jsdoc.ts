import type { SgNode } from '@ast-grep/napi';
import type { DockerodeNames } from './imports.ts';
import { type DockerodeClass, dockerodeClasses } from './table.ts';

const classes = new Set<string>(dockerodeClasses);
const PARAM = /@param\s+\{\s*([\w$.]+)\s*\}\s+\[?([\w$]+)/g;

/**
 * Parameters typed in JSDoc, the way plain JavaScript types them:
 * `@param {Docker} docker`, `@param {Dockerode.Container} c`. The names are
 * bound file-wide, like every receiver.
 */
export function jsdocParameters(root: SgNode, names: DockerodeNames): Map<string, DockerodeClass> {
  const typed = new Map<string, DockerodeClass>();
  for (const comment of root.findAll({ rule: { kind: 'comment', regex: '@param' } })) {
    for (const [, type = '', name = ''] of comment.text().matchAll(PARAM)) {
      const cls = classOfName(type, names);
      if (cls) typed.set(name, cls);
    }
  }
  return typed;
}

function classOfName(type: string, names: DockerodeNames): DockerodeClass | undefined {
  const direct = names.types.get(type);
  if (direct) return direct;
  const [module, member, ...rest] = type.split('.');
  if (!module || !member || rest.length > 0 || !names.constructors.has(module)) return undefined;
  return classes.has(member) ? (member as DockerodeClass) : undefined;
}
