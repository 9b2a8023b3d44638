import type { SgNode } from '@ast-grep/napi';
import type { PinnedSource } from '../../../../sources/read.ts';
import { clientMethods } from './client-ops.ts';
import { type CommandDef, type FlagDef, flagsOf, isConstructor, readCommand, topLevel } from './commands.ts';
import { commandFlow, type FieldFact } from './fields.ts';
import { type GoFunc, type GoIndex, indexGo, lineOf } from './go-index.ts';

/** A command with its place in the tree and what the source says it does, before element keys. */
export interface RawCommand {
  /** Canonical path: `container run`. */
  readonly id: string;
  /** Every way to type it: `container run`, `run`. */
  readonly paths: string[];
  readonly def: CommandDef;
  /** The version annotations of the command and its ancestors, outermost first. */
  readonly versions: { readonly version: string; readonly at: string }[];
  readonly calls: readonly string[];
  readonly facts: readonly FieldFact[];
}

export interface RawSurface {
  readonly commands: RawCommand[];
  /** The Go index of the CLI, for readers of particular methods (csv options). */
  readonly index: GoIndex;
  readonly globalFlags: Map<string, FlagDef>;
  readonly client: ReturnType<typeof clientMethods>;
}

const CLI_MODULE = 'github.com/docker/cli';

/** Reads the command tree, flags and flows of the CLI at its pinned commit. */
export function readSurface(cli: PinnedSource, client: PinnedSource): RawSurface {
  const index = indexGo(cli.paths, (path) => cli.read(path), CLI_MODULE);
  const clientFiles = client.paths.filter(
    (p) => p.startsWith('client/') && !p.includes('/', 'client/'.length),
  );
  const clientIndex = indexGo(clientFiles, (path) => client.read(path), 'github.com/moby/moby');
  const methods = clientMethods(clientIndex);
  const callable = new Set([...methods].filter(([, m]) => m.requests.length > 0).map(([name]) => name));
  const stringTypes = stringTypesOf(client);
  const cite = (fn: GoFunc, node: SgNode): string => `${fn.file}:${lineOf(node)}`;
  const isCommand = (fn: GoFunc): boolean => isConstructor(fn, index);

  const byFn = new Map<GoFunc, RawCommand>();
  const commands: RawCommand[] = [];
  const walk = (def: CommandDef, parents: RawCommand[], legacyOf?: RawCommand): void => {
    const names = [def.name, ...def.aliases.filter((a) => a !== def.name)];
    const parentPaths = parents.at(-1)?.paths ?? [''];
    const paths = parentPaths.flatMap((p) => names.map((n) => (p ? `${p} ${n}` : n)));
    const known = legacyOf ?? byFn.get(def.fn);
    if (known) {
      for (const path of paths) if (!known.paths.includes(path)) known.paths.push(path);
      return;
    }
    const versions = [...(parents.at(-1)?.versions ?? [])];
    if (def.version && def.versionAt) versions.push({ version: def.version, at: def.versionAt });
    const fieldFlags = new Map<string, string[]>();
    for (const flag of def.flags.values()) {
      if (!flag.field) continue;
      fieldFlags.set(flag.field, [...(fieldFlags.get(flag.field) ?? []), flag.name]);
    }
    // Positional arguments flow like flags, under their `#N` names.
    for (const [name, field] of def.positionals)
      fieldFlags.set(field, [...(fieldFlags.get(field) ?? []), name]);
    const flagNames = new Set(def.flags.keys());
    const flow = commandFlow({
      index,
      start: def.fn,
      fieldFlags,
      flagNames,
      clientNames: callable,
      stringTypes,
      isConstructor: isCommand,
    });
    const command: RawCommand = {
      id: paths[0] ?? def.name,
      paths,
      def,
      versions,
      calls: flow.calls,
      facts: flow.facts,
    };
    byFn.set(def.fn, command);
    commands.push(command);
    for (const child of def.children) walk(child, [...parents, command]);
  };
  // Groups first, so `docker run` is recorded as another path of `docker container run`.
  const tops = topLevel(index).map(({ fn }) => readCommand(index, fn, cite));
  for (const def of tops) if (def.children.length > 0) walk(def, []);
  for (const def of tops) if (def.children.length === 0) walk(def, []);

  const root = index.all.find((fn) => fn.file === 'cmd/docker/docker.go' && isCommand(fn));
  const globalFlags = root ? readCommand(index, root, cite).flags : new Map<string, FlagDef>();
  // The top-level command installs the client options' flags (-H, --context, --tls…)
  // in cli/cobra.go, outside the pinned subset: ClientOptions.InstallFlags in cli/flags/options.go.
  const install = index.methods.get('InstallFlags')?.find((m) => m.pkg === 'cli/flags');
  if (install) for (const [name, flag] of flagsOf(index, install, cite)) globalFlags.set(name, flag);
  return { commands, globalFlags, client: methods, index };
}

/** `container.CgroupnsMode`-style names of the API's string types: a conversion keeps the flag's text. */
function stringTypesOf(client: PinnedSource): Set<string> {
  const out = new Set<string>();
  for (const path of client.paths) {
    if (!path.startsWith('api/types/') || !path.endsWith('.go')) continue;
    const pkg = path.split('/').at(-2) ?? '';
    for (const match of client.read(path).matchAll(/^type (\w+) string$/gm)) out.add(`${pkg}.${match[1]}`);
  }
  return out;
}

export type { GoIndex };
