import { getElement } from '../../../data/elements.ts';
import { compareApiVersions } from '../../../versions/api-version.ts';
import type { LineIndex } from '../../text/line-index.ts';
import type { ClientGate, ElementUse, PinUsage, RequestUsage } from '../../usage.ts';
import type { FlagUse, Invocation } from './command.ts';
import type { CliSet } from './table-types.ts';

export const EXTRACTOR_ID = 'docker-cli';
const MAX_TEXT = 120;

/** A flag's version annotation, where the flag is written: the CLI refuses it below that API version. */
export interface CliFlagFact {
  /** As written: `--gpus`, `-e`. */
  readonly flag: string;
  readonly line: number;
  readonly column: number;
  /** The flag's `version` annotation (data/docker-cli.json `versionAt` cites it). */
  readonly requires: string;
  /** True when an element of the request stands for the flag too. */
  readonly mapped: boolean;
}

/**
 * A docker command line: a RequestUsage for the command's main operation,
 * plus what only the CLI knows: the command's own version annotation and
 * those of its flags, for the rules to check as the CLI does.
 */
export interface CliRequestUsage extends RequestUsage {
  readonly cli: {
    /** Canonical command path: `container run`. */
    readonly command: string;
    /** The command's (or its group's) version annotation. */
    readonly requires?: string;
    readonly flags: readonly CliFlagFact[];
  };
}

/** The request usage of one docker invocation, or undefined when the command sends nothing to the Engine. */
export function requestUsage(
  invocation: Invocation,
  file: string,
  lines: LineIndex,
  text: string,
  pin: string | undefined,
): CliRequestUsage | undefined {
  const operation = invocation.command.operation;
  if (!operation) return undefined;
  const space = operation.indexOf(' ');
  const method = operation.slice(0, space);
  const path = operation.slice(space + 1).replace(/\{[^}]*\}/g, '{}');
  const elements: ElementUse[] = [];
  const flags: CliFlagFact[] = [];
  const gates: ClientGate[] = [];
  for (const use of invocation.flags) {
    const at = lines.position(use.at);
    const label =
      text.slice(use.at, use.at + 2) === '--' ? `--${use.name}` : `-${use.flag.short ?? use.name}`;
    let mapped = false;
    for (const set of use.flag.sets ?? []) {
      if (!set.key.startsWith(`${operation} `) || !passes(set, use.value)) continue;
      const suffix = set.key.slice(operation.length + 1);
      const colon = suffix.indexOf(':');
      const place = suffix.slice(0, colon) as ElementUse['in'];
      // A bare boolean (`--rm`) sends true; a written value is sent as written.
      const written =
        use.value === undefined ? (use.flag.value ? undefined : true) : literal(use.value, use.flag.value);
      const sent = typeof written === 'string' && set.cut ? (written.split(set.cut)[0] ?? written) : written;
      const value = set.value && !use.opaque ? sent : undefined;
      elements.push({
        in: place,
        name: suffix.slice(colon + 1),
        at,
        label,
        ...(value !== undefined ? { value } : {}),
        ...(value !== undefined
          ? { valueAt: use.valueAt === undefined ? at : lines.position(use.valueAt) }
          : {}),
      });
      mapped = true;
    }
    if (use.flag.options && use.value !== undefined) elements.push(...optionElements(use, operation, lines));
    if (use.flag.version) {
      flags.push({ flag: label, ...at, requires: use.flag.version, mapped });
      gates.push({ label: `docker ${invocation.id} ${label}`, at, requires: use.flag.version });
    }
  }
  if (POSITIONALS) elements.push(...positionalElements(invocation, operation, lines));
  if (PARENTS) withParents(elements);
  const { line, column } = lines.position(invocation.word.start);
  const requires = invocation.command.version;
  // The CLI refuses the whole command below its annotation, and a flag below its own.
  if (requires) gates.unshift({ label: `docker ${invocation.id}`, at: { line, column }, requires });
  return {
    kind: 'request',
    extractor: EXTRACTOR_ID,
    file,
    line,
    column,
    method,
    path,
    operation,
    ...(pin ? { pin } : {}),
    elements,
    ...(gates.length > 0 && { gates }),
    anchored: true,
    via: 'method',
    text: snippet(text, invocation.first.start),
    cli: { command: invocation.id, ...(requires ? { requires } : {}), flags },
  };
}

// A nested field's enclosing levels (`HostConfig` for `HostConfig.CgroupnsMode`) are
// implied by the CLI, not written; they are listed once, where first implied.
const PARENTS = false;

function withParents(elements: ElementUse[]): void {
  const named = new Set(elements.map((e) => `${e.in}:${e.name}`));
  const added: ElementUse[] = [];
  for (const element of elements) {
    const parts = element.name.split('.');
    for (let k = 1; k < parts.length; k++) {
      const name = parts.slice(0, k).join('.').replace(/\[\]$/, '');
      const id = `${element.in}:${name}`;
      if (named.has(id)) continue;
      named.add(id);
      added.push({ in: element.in, name, at: element.at });
    }
  }
  elements.push(...added);
}

// Positional arguments that set elements (`run`'s image → body:Image) are reported at their word.
const POSITIONALS = false;

/** Elements of the command's positional arguments: `#N` is the Nth word, `#N+` the words from the Nth on (one element). */
function positionalElements(invocation: Invocation, operation: string, lines: LineIndex): ElementUse[] {
  const out: ElementUse[] = [];
  for (const [name, { sets }] of Object.entries(invocation.command.args ?? {})) {
    const index = Number(name.slice(1, name.endsWith('+') ? -1 : undefined));
    const word = invocation.args[index];
    if (!word) continue;
    const at = lines.position(word.start);
    for (const set of sets) {
      if (!set.key.startsWith(`${operation} `)) continue;
      const suffix = set.key.slice(operation.length + 1);
      const colon = suffix.indexOf(':');
      const single = !name.endsWith('+') && set.value && !word.opaque;
      out.push({
        in: suffix.slice(0, colon) as ElementUse['in'],
        name: suffix.slice(colon + 1),
        at,
        ...(single ? { value: word.text, valueAt: at } : {}),
      });
    }
  }
  return out;
}

/** `--mount type=bind,src=/a,dst=/b`: each option's elements, at the option's key; values where sent as written. */
function optionElements(use: FlagUse, operation: string, lines: LineIndex): ElementUse[] {
  const out: ElementUse[] = [];
  const text = use.value ?? '';
  const offsets = use.valueOffsets ?? [];
  let start = 0;
  while (start <= text.length) {
    const comma = text.indexOf(',', start);
    const end = comma === -1 ? text.length : comma;
    const item = text.slice(start, end);
    const eq = item.indexOf('=');
    const key = (eq === -1 ? item : item.slice(0, eq)).trim().toLowerCase();
    const value = eq === -1 ? undefined : item.slice(eq + 1);
    for (const set of use.flag.options?.[key] ?? []) {
      if (!set.key.startsWith(`${operation} `) || !passes(set, value)) continue;
      const sent = set.value && value !== undefined && !value.includes('$') ? value : undefined;
      // The flag's own element stands for its options unless one needs a later API
      // version (`type=image`, `volume-subpath=…`): the outermost cause, as findings fold.
      if (!laterThan(sent === undefined ? set.key : `${set.key}=${sent}`, use, operation)) continue;
      const suffix = set.key.slice(operation.length + 1);
      const colon = suffix.indexOf(':');
      const at = lines.position(offsets[start] ?? use.at);
      out.push({
        in: suffix.slice(0, colon) as ElementUse['in'],
        name: suffix.slice(colon + 1),
        at,
        ...(sent !== undefined
          ? { value: sent, valueAt: lines.position(offsets[start + eq + 1] ?? use.at) }
          : {}),
      });
    }
    if (comma === -1) break;
    start = comma + 1;
  }
  return out;
}

/** Whether an option's element (or its value) first appears in a later API version than every element of its flag. */
function laterThan(key: string, use: FlagUse, operation: string): boolean {
  const since = getElement(key)?.since ?? getElement(key.replace(/=[^=]*$/, ''))?.since;
  if (since === undefined) return false;
  const own = (use.flag.sets ?? [])
    .filter((s) => s.key.startsWith(`${operation} `))
    .map((s) => getElement(s.key)?.since);
  return own.every((v) => v !== undefined && compareApiVersions(since, v) > 0);
}

/** Whether a flag's value sends the element (an unknown value sends every element it may). */
function passes(set: CliSet, value: string | undefined): boolean {
  if (!set.when || value === undefined) return true;
  const { test, text } = set.when;
  if (test === 'contains') return value.includes(text);
  if (test === 'lacks') return !value.includes(text);
  if (test === 'equals') return value === text;
  return value !== text;
}

// A boolean flag's value is the boolean sent; other values are the text.
function literal(value: string, takesValue: boolean): string | boolean {
  if (takesValue) return value;
  return value !== 'false';
}

export function pinUsage(
  file: string,
  lines: LineIndex,
  text: string,
  at: number,
  version: string,
): PinUsage {
  const { line, column } = lines.position(at);
  return { kind: 'pin', extractor: EXTRACTOR_ID, file, line, column, pin: version, text: snippet(text, at) };
}

function snippet(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text
    .slice(at, end === -1 ? Math.min(text.length, at + MAX_TEXT) : Math.min(end, at + MAX_TEXT))
    .trim();
}
