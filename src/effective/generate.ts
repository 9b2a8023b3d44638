import type { BehaviourFact, EffectiveSpan } from '../data/element-types.ts';
import type { ElementHistory } from '../data/history-types.ts';
import { templateShape } from '../data/path-template.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import { type ChangelogBullet, parseChangelog } from './changelog.ts';
import { lineHash, lineOf } from './line-hash.ts';
import { parseRouterGates, type RouterGate } from './router-gates.ts';
import { CHANGELOG_PATH, type DaemonSources, ROUTER_DIR } from './sources.ts';
import { TABLE, type TableEntry } from './table.ts';
import { unversionedFacts } from './unversioned.ts';

/** What the daemon layer says about one element. */
export interface EffectiveEntry {
  readonly effective?: EffectiveSpan;
  readonly facts?: readonly BehaviourFact[];
}

interface Override {
  since?: string;
  deprecated?: string;
  removed?: string;
  sources: string[];
  facts: BehaviourFact[];
}

/**
 * The effective layer for `histories`: the table's entries checked against
 * their source lines, plus the changelog's unversioned changes. Throws on a
 * table entry whose line changed, whose gate is gone, or whose key is unknown.
 */
export function deriveEffective(
  histories: readonly ElementHistory[],
  sources: DaemonSources,
): Map<string, EffectiveEntry> {
  const byKey = new Map(histories.map((history) => [history.key, history]));
  const oldest = histories.reduce(
    (min, history) => (compareApiVersions(history.since, min) < 0 ? history.since : min),
    '9.99',
  );
  const changelog = sources.changelog.read(CHANGELOG_PATH);
  const bullets = new Map(parseChangelog(changelog).map((bullet) => [bullet.line, bullet]));
  const gates = routerGates(sources);
  const overrides = new Map<string, Override>();
  const override = (key: string): Override => {
    if (!byKey.has(key)) throw new Error(`effective table: unknown element ${key}`);
    let found = overrides.get(key);
    if (!found) {
      found = { sources: [], facts: [] };
      overrides.set(key, found);
    }
    return found;
  };
  for (const entry of TABLE) {
    const source = checkEntry(entry, { changelog, bullets, gates, sources, oldest });
    for (const key of entry.keys) {
      const target = override(key);
      if (entry.kind === 'since' || entry.kind === 'removed' || entry.kind === 'deprecated') {
        target[entry.kind] = entry.version;
        target.sources.push(source);
      } else target.facts.push({ kind: entry.kind, version: entry.version, source });
    }
  }
  for (const [key, fact] of unversionedFacts(
    [...bullets.values()],
    operationFinder(histories),
    sources.changelog,
  )) {
    override(key).facts.push(fact);
  }
  const result = new Map<string, EffectiveEntry>();
  for (const [key, found] of [...overrides].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const history = byKey.get(key) as ElementHistory;
    const span = effectiveSpan(history, found);
    const facts = found.facts.sort(compareFacts);
    result.set(key, { ...(span ? { effective: span } : {}), ...(facts.length > 0 ? { facts } : {}) });
  }
  return result;
}

/** The span when it differs from the documented one (or smooths a documented gap). */
function effectiveSpan(history: ElementHistory, found: Override): EffectiveSpan | undefined {
  if (found.since === undefined && found.removed === undefined && found.deprecated === undefined)
    return undefined;
  const since = found.since ?? history.since;
  const removed = found.removed ?? history.removed;
  const deprecated = found.deprecated !== history.deprecated ? found.deprecated : undefined;
  if (since === history.since && removed === history.removed && !history.history && deprecated === undefined)
    return undefined;
  return {
    since,
    removed,
    ...(deprecated !== undefined ? { deprecated } : {}),
    sources: [...new Set(found.sources)],
  };
}

interface CheckContext {
  readonly changelog: string;
  readonly bullets: ReadonlyMap<number, ChangelogBullet>;
  readonly gates: ReadonlyMap<string, readonly RouterGate[]>;
  readonly sources: DaemonSources;
  readonly oldest: string;
}

/** The entry's citation, once its line, hash and meaning are checked. */
function checkEntry(entry: TableEntry, context: CheckContext): string {
  const where =
    entry.source === 'changelog'
      ? CHANGELOG_PATH
      : `${entry.source === 'router' ? ROUTER_DIR : ''}${entry.file}`;
  const pinned = {
    changelog: context.sources.changelog,
    router: context.sources.routers,
    client: context.sources.client,
  }[entry.source];
  const text = entry.source === 'changelog' ? context.changelog : pinned.read(where);
  const line = lineOf(text, entry.line);
  const actual = line === undefined ? 'none' : lineHash(line);
  if (actual !== entry.hash)
    throw new Error(`effective table: ${where}:${entry.line} changed (hash ${actual}, table ${entry.hash})`);
  if (entry.source === 'changelog') {
    const bullet = context.bullets.get(entry.line);
    if (!bullet) throw new Error(`effective table: ${where}:${entry.line} is no changelog bullet`);
    const older = compareApiVersions(bullet.version, entry.version) < 0 && entry.version === context.oldest;
    if (bullet.version !== (entry.section ?? entry.version) && !older)
      throw new Error(
        `effective table: ${where}:${entry.line} is in the ${bullet.version} section, not ${entry.version}`,
      );
    return context.sources.changelog.cite(where, entry.line);
  }
  if (entry.source === 'client') {
    if (!line?.includes(`'${entry.version}'`))
      throw new Error(`effective table: ${where}:${entry.line} does not gate at ${entry.version}`);
    return context.sources.client.cite(where, entry.line);
  }
  const gate = context.gates.get(where)?.find((found) => found.line === entry.line);
  if (
    !gate ||
    gate.version !== entry.version ||
    // What it touches, or for a gate that only sets a flag, the handler it sits in.
    !(
      gate.handler === entry.touches ||
      gate.touches.some((name) => name.split('.').includes(entry.touches ?? ''))
    )
  )
    throw new Error(
      `effective table: no ${entry.version} gate touching ${entry.touches} at ${where}:${entry.line}`,
    );
  return context.sources.routers.cite(where, entry.line);
}

function routerGates(sources: DaemonSources): Map<string, RouterGate[]> {
  const gates = new Map<string, RouterGate[]>();
  for (const path of sources.routers.paths) {
    if (path.startsWith(ROUTER_DIR) && path.endsWith('.go'))
      gates.set(path, parseRouterGates(path, sources.routers.read(path)));
  }
  return gates;
}

/** Finds the canonical operation for a changelog endpoint, whatever its parameter names. */
function operationFinder(histories: readonly ElementHistory[]): (endpoint: string) => string | undefined {
  const shapes = new Map<string, string>();
  for (const history of histories)
    if (history.in === 'operation') shapes.set(templateShape(history.key), history.key);
  return (endpoint) => shapes.get(templateShape(endpoint));
}

function compareFacts(a: BehaviourFact, b: BehaviourFact): number {
  return (
    compareApiVersions(a.version, b.version) ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)
  );
}
