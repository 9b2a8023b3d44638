import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../package-root.ts';
import type { CliCommand, CliData, CliFlag } from './table-types.ts';

let loaded: CliData | undefined;

/** data/docker-cli.json, read once. */
export function cliData(): CliData {
  loaded ??= JSON.parse(readFileSync(join(dataDir, 'docker-cli.json'), 'utf8')) as CliData;
  return loaded;
}

/** A command's flags by every spelling: `--name` and `-n`. */
export interface FlagLookup {
  readonly long: ReadonlyMap<string, CliFlag & { readonly name: string }>;
  readonly short: ReadonlyMap<string, CliFlag & { readonly name: string }>;
}

const lookups = new WeakMap<object, FlagLookup>();

export function flagLookup(flags: Readonly<Record<string, CliFlag>>): FlagLookup {
  const cached = lookups.get(flags);
  if (cached) return cached;
  const long = new Map<string, CliFlag & { name: string }>();
  const short = new Map<string, CliFlag & { name: string }>();
  for (const [name, flag] of Object.entries(flags)) {
    const named = { ...flag, name };
    long.set(name, named);
    if (flag.short) short.set(flag.short, named);
  }
  const lookup = { long, short };
  lookups.set(flags, lookup);
  return lookup;
}

/** The longest command path that `words` start with (up to three words), and its command. */
export function findCommand(
  data: CliData,
  words: readonly string[],
): { id: string; command: CliCommand; length: number } | undefined {
  for (let length = Math.min(3, words.length); length > 0; length--) {
    const id = data.paths[words.slice(0, length).join(' ')];
    const command = id === undefined ? undefined : data.commands[id];
    if (id !== undefined && command) return { id, command, length };
  }
  return undefined;
}
