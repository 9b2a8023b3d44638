import type { DataVersions } from '../data/api-versions.ts';
import { documentedFacts } from '../data/documented.ts';
import type { ElementFacts } from '../data/element-types.ts';
import type { ShapeChange } from '../data/history-types.ts';

/** The facts of one element, for `since` without --json. */
export function formatElementFacts(
  facts: ElementFacts,
  changes: readonly ShapeChange[],
  data: DataVersions,
): string {
  const lines = [facts.key, `  since:      ${describeSince(facts.since, data)}`];
  lines.push(`  deprecated: ${facts.deprecated ?? '-'}`);
  lines.push(`  removed:    ${facts.removed ?? '-'}`);
  if (facts.history) {
    const spans = facts.history.map((span) => `${span.since}–${span.removed ?? 'now'}`);
    lines.push(`  present:    ${spans.join(', ')}`);
  }
  for (const change of changes) lines.push(`  ${change.version}: ${describeShapeChange(change)}`);
  lines.push(...layerLines(facts, data));
  return `${lines.join('\n')}\n`;
}

/**
 * The documented layer's citations, then the effective layer where the
 * daemon differs, then behaviour facts: each line ends with its source.
 */
function layerLines(facts: ElementFacts, data: DataVersions): string[] {
  const documented = documentedFacts(facts);
  const lines = [
    `  documented: since ${describeSince(documented.since, data)}, deprecated ${documented.deprecated ?? '-'}, removed ${documented.removed ?? '-'}`,
    ...documented.sources.map((source) => `              ${source}`),
  ];
  const { effective } = facts;
  if (effective) {
    lines.push(
      `  effective:  since ${describeSince(effective.since, data)}, deprecated ${effective.deprecated ?? documented.deprecated ?? '-'}, removed ${effective.removed ?? '-'}`,
      ...effective.sources.map((source) => `              ${source}`),
    );
  }
  for (const fact of facts.facts ?? [])
    lines.push(`  ${fact.version.padEnd(5)} ${fact.kind.padEnd(18)} ${fact.source}`);
  return lines;
}

/** `1.41`, `1.24 or earlier`, `1.56 (unreleased)`. */
export function describeSince(version: string, data: DataVersions): string {
  if (version === data.versions[0]) return `${version} or earlier`;
  if (data.unreleased.includes(version)) return `${version} (unreleased)`;
  return version;
}

/** `type string → integer`, `now required`. */
export function describeShapeChange(change: Pick<ShapeChange, 'field' | 'from' | 'to'>): string {
  if (change.field === 'required' || change.field === 'nullable') {
    return change.to === true ? `now ${change.field}` : `no longer ${change.field}`;
  }
  return `${change.field} ${change.from ?? '(none)'} → ${change.to ?? '(none)'}`;
}

/**
 * One element per line, for `elements` without --json: since, deprecated,
 * removed, key; a `*` after the key marks an element the daemon serves
 * otherwise than documented (see `since KEY`).
 */
export function formatElementLines(list: readonly ElementFacts[]): string {
  const rows = list.map(
    (facts) =>
      `${facts.since.padEnd(6)} ${(facts.deprecated ?? '-').padEnd(6)} ${(facts.removed ?? '-').padEnd(6)} ${facts.key}${facts.effective ? ' *' : ''}`,
  );
  return rows.length > 0 ? `${'since  depr.  removed'}\n${rows.join('\n')}\n` : '';
}

/** One JSON object per line, members exactly as DESIGN.md "Element facts". */
export function formatElementJsonLines(list: readonly ElementFacts[]): string {
  return list.map((facts) => `${JSON.stringify(facts)}\n`).join('');
}
