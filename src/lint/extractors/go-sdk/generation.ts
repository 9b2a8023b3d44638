import { releases } from '../../../matrix/releases.ts';
import type { SourceFile } from '../../source-file.ts';
import { type GenerationId, generation } from './table.ts';

export const DOCKER_MODULE = 'github.com/docker/docker';
export const MOBY_CLIENT = 'github.com/moby/moby/client';

/** Which client generation a file is written against, and the default API version of the module it uses. */
export interface ChosenGeneration {
  readonly id: GenerationId;
  /** `github.com/docker/docker/client v28.5.2` (the go.mod version when one says it, else the table's). */
  readonly library: string;
  readonly defaultVersion: string;
}

// `github.com/docker/docker v27.1.0+incompatible` or `github.com/moby/moby/client v0.1.0`, in a require line or block.
const REQUIRE =
  /^\s*(?:require\s+)?(github\.com\/docker\/docker|github\.com\/moby\/moby\/client)\s+v(\d+)\.(\d+)\.(\d+)\S*/m;

/**
 * From a go.mod beside the file when there is one (docker/docker before 25
 * is the v24 generation, later ones the v28 one; moby/moby/client is main),
 * else from the import path and which option types the file names.
 */
export function chooseGeneration(
  importPaths: ReadonlySet<string>,
  typeNames: () => ReadonlySet<string>,
  goMod: SourceFile | undefined,
): ChosenGeneration {
  const required = goMod ? REQUIRE.exec(goMod.text) : null;
  if (required) {
    const [, module, major, minor, patch] = required;
    if (module === MOBY_CLIENT) return fromTable('main');
    const id: GenerationId = Number(major) < 25 ? 'v24.0.9' : 'v28.5.2';
    const version = `${major}.${minor}.${patch}`;
    const release = releases().find((entry) => entry.name === version);
    const row = generation(id);
    return {
      id,
      library: `${row.module} v${version}`,
      defaultVersion: release?.maxApi ?? row.defaultVersion,
    };
  }
  if ([...importPaths].some((path) => path.startsWith('github.com/moby/moby/'))) return fromTable('main');
  return fromTable(byShape(typeNames()));
}

function fromTable(id: GenerationId): ChosenGeneration {
  const row = generation(id);
  return { id, library: `${row.module} ${id === 'main' ? 'main' : id}`, defaultVersion: row.defaultVersion };
}

/**
 * docker/docker without a go.mod: the generation whose method parameter types
 * the file names most (`types.ContainerListOptions` is v24, `container.ListOptions` v28).
 */
function byShape(typeNames: ReadonlySet<string>): GenerationId {
  const score = (id: GenerationId): number => {
    const known = new Set<string>();
    for (const method of Object.values(generation(id).methods))
      for (const [, type] of method.params) known.add(type.replace(/^\.\.\./, ''));
    let hits = 0;
    for (const name of typeNames) if (known.has(name)) hits++;
    return hits;
  };
  return score('v24.0.9') > score('v28.5.2') ? 'v24.0.9' : 'v28.5.2';
}
