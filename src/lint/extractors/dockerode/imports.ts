import type { SgNode } from '@ast-grep/napi';
import { namedChildren, stringValue } from '../../js/syntax.ts';
import { type DockerodeClass, dockerodeClasses } from './table.ts';

/** How a file names dockerode. */
export interface DockerodeNames {
  /** Local names of the Docker class: default, namespace, `default as`, require, import-equals. */
  readonly constructors: ReadonlySet<string>;
  /** Local type names: the constructors (as `Docker`) and named imports such as `Container`. */
  readonly types: ReadonlyMap<string, DockerodeClass>;
}

const MODULE = 'dockerode';
const classNames = new Set<string>(dockerodeClasses);

// Matches on the callee only: a regex over every call's text was quadratic in nested calls.
const REQUIRE_CALLS = {
  rule: { kind: 'call_expression', has: { field: 'function', kind: 'identifier', regex: '^require$' } },
} as const;

export function dockerodeNames(root: SgNode): DockerodeNames {
  const constructors = new Set<string>();
  const types = new Map<string, DockerodeClass>();
  for (const statement of root.findAll({ rule: { kind: 'import_statement' } })) {
    const fromDockerode = (node: SgNode) =>
      namedChildren(node).some((c) => c.kind() === 'string' && stringValue(c) === MODULE);
    for (const clause of namedChildren(statement)) {
      if (clause.kind() === 'import_clause' && fromDockerode(statement))
        readClause(clause, constructors, types);
      // TypeScript's `import Docker = require('dockerode')` holds the module inside the clause.
      if (clause.kind() === 'import_require_clause' && fromDockerode(clause)) {
        const name = namedChildren(clause).find((c) => c.kind() === 'identifier');
        if (name) constructors.add(name.text());
      }
    }
  }
  for (const call of root.findAll(REQUIRE_CALLS)) {
    const args = call.field('arguments');
    const first = args ? namedChildren(args)[0] : undefined;
    if (!first || stringValue(first) !== MODULE) continue;
    const declarator = call.parent();
    const name = declarator?.kind() === 'variable_declarator' ? declarator.field('name') : undefined;
    if (name?.kind() === 'identifier') constructors.add(name.text());
    if (name?.kind() === 'object_pattern') readPattern(name, types);
  }
  for (const name of constructors) types.set(name, 'Docker');
  return { constructors, types };
}

/** `const { Container } = require('dockerode')`: class names for JSDoc types. */
function readPattern(pattern: SgNode, types: Map<string, DockerodeClass>): void {
  for (const part of namedChildren(pattern)) {
    const imported = part.kind() === 'pair_pattern' ? part.field('key')?.text() : part.text();
    const local = part.kind() === 'pair_pattern' ? part.field('value')?.text() : part.text();
    if (imported && local && classNames.has(imported)) types.set(local, imported as DockerodeClass);
  }
}

function readClause(clause: SgNode, constructors: Set<string>, types: Map<string, DockerodeClass>): void {
  for (const part of namedChildren(clause)) {
    const kind = part.kind();
    if (kind === 'identifier') constructors.add(part.text());
    if (kind === 'namespace_import') {
      const name = namedChildren(part)[0];
      if (name) constructors.add(name.text());
    }
    if (kind === 'named_imports') {
      for (const specifier of namedChildren(part)) {
        const imported = specifier.field('name')?.text();
        const local = specifier.field('alias')?.text() ?? imported;
        if (!imported || !local) continue;
        if (imported === 'default') constructors.add(local);
        else if (classNames.has(imported)) types.set(local, imported as DockerodeClass);
      }
    }
  }
}

/** The dockerode class a type annotation names: `Docker`, `Dockerode.Container`, an imported `Container`. */
export function classOfType(annotation: SgNode, names: DockerodeNames): DockerodeClass | undefined {
  const type = namedChildren(annotation)[0];
  if (!type) return undefined;
  if (type.kind() === 'type_identifier') return names.types.get(type.text());
  if (type.kind() === 'nested_type_identifier') {
    const [module, member] = namedChildren(type);
    if (module && member && names.constructors.has(module.text()) && classNames.has(member.text()))
      return member.text() as DockerodeClass;
  }
  return undefined;
}
