import type { SgNode } from '@ast-grep/napi';
import { dottedName, namedChildren } from './syntax.ts';

/**
 * What a module calls docker-py's names: `import docker as d` makes `d.`
 * stand for `docker.`; `from docker.types import Mount` makes `Mount` stand
 * for `docker.types.Mount`. Every dotted name the extractor reads is turned
 * into its `docker.…` form first, so one table of names serves all imports.
 */
export class DockerNames {
  /** Local name → the docker-py dotted name it stands for. */
  readonly #aliases = new Map<string, string>();

  constructor(root: SgNode) {
    for (const statement of root.findAll({
      rule: { any: [{ kind: 'import_statement' }, { kind: 'import_from_statement' }] },
    })) {
      if (statement.kind() === 'import_statement') this.#import(statement);
      else this.#importFrom(statement);
    }
  }

  /** True when the module imports anything from docker-py. */
  get any(): boolean {
    return this.#aliases.size > 0;
  }

  #import(statement: SgNode): void {
    for (const item of namedChildren(statement)) {
      const [name, alias] = importedName(item);
      if (name === 'docker' || name?.startsWith('docker.'))
        this.#aliases.set(alias ?? name.split('.')[0] ?? name, alias ? name : 'docker');
    }
  }

  #importFrom(statement: SgNode): void {
    const module = dottedName(statement.field('module_name'));
    if (module !== 'docker' && !module?.startsWith('docker.')) return;
    for (const item of namedChildren(statement).slice(1)) {
      const [name, alias] = importedName(item);
      if (name) this.#aliases.set(alias ?? name, `${module}.${name}`);
    }
  }

  /** `d.types.Mount` → `docker.types.Mount` under `import docker as d`; undefined for names not from docker-py. */
  canonical(dotted: string | undefined): string | undefined {
    if (dotted === undefined) return undefined;
    const dot = dotted.indexOf('.');
    const head = dot === -1 ? dotted : dotted.slice(0, dot);
    const target = this.#aliases.get(head);
    return target === undefined ? undefined : target + (dot === -1 ? '' : dotted.slice(dot));
  }
}

function importedName(item: SgNode): [string | undefined, string | undefined] {
  if (item.kind() === 'aliased_import')
    return [dottedName(item.field('name')) ?? item.field('name')?.text(), item.field('alias')?.text()];
  if (item.kind() === 'dotted_name' || item.kind() === 'identifier') return [item.text(), undefined];
  return [undefined, undefined];
}

/** The last segment of a docker-py dotted name: `docker.types.services.Mount` → `Mount`. */
export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}
