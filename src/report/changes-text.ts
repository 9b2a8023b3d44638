import type { ChangesReport, VersionChanges } from '../data/changes.ts';
import type { ElementFacts } from '../data/element-types.ts';
import { compareText } from '../text/compare.ts';
import { describeShapeChange } from './element-text.ts';
import { foldAdded } from './fold-added.ts';

/** Plain text: one line per change, grouped by version. */
export function formatChangesText(report: ChangesReport): string {
  const lines = [`API ${report.from} → ${report.to}`];
  if (report.versions.length === 0) lines.push('  no changes');
  for (const step of report.versions) {
    lines.push('', `API ${step.version}`);
    for (const { facts, below } of foldAdded(step.added)) lines.push(`  + ${facts.key}${andBelow(below)}`);
    for (const facts of step.removed) lines.push(`  - ${facts.key}`);
    for (const facts of step.deprecated) lines.push(`  ! ${facts.key} deprecated`);
    for (const { element, changes } of step.changed) {
      lines.push(`  ~ ${element.key}: ${changes.map(describeShapeChange).join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown: a section per version, a subsection per endpoint. */
export function formatChangesMarkdown(report: ChangesReport): string {
  const lines = [`# Engine API changes from ${report.from} to ${report.to}`];
  if (report.versions.length === 0) lines.push('', 'No changes.');
  for (const step of report.versions) {
    lines.push('', `## API ${step.version}`);
    for (const [operation, items] of byOperation(step)) {
      lines.push('', `### \`${operation}\``, '', ...items);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON report, one object. */
export function formatChangesJson(report: ChangesReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function byOperation(step: VersionChanges): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (facts: ElementFacts, text: string): void => {
    const operation = `${facts.method} ${facts.path}`;
    groups.set(operation, [...(groups.get(operation) ?? []), `- ${text}`]);
  };
  const label = (facts: ElementFacts): string =>
    facts.in === 'operation'
      ? 'endpoint'
      : `\`${facts.key.slice(facts.method.length + facts.path.length + 2)}\``;
  for (const { facts, below } of foldAdded(step.added)) add(facts, `added ${label(facts)}${andBelow(below)}`);
  for (const facts of step.removed) add(facts, `removed ${label(facts)}`);
  for (const facts of step.deprecated) add(facts, `deprecated ${label(facts)}`);
  for (const { element, changes } of step.changed) {
    add(element, `changed ${label(element)}: ${changes.map(describeShapeChange).join(', ')}`);
  }
  return new Map([...groups].sort(([a], [b]) => compareText(a, b)));
}

function andBelow(count: number): string {
  return count === 0 ? '' : ` (and ${count} ${count === 1 ? 'element' : 'elements'} below)`;
}
