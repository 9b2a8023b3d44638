import { parseElementKey } from '../../data/element-key.ts';
import type { ElementFacts } from '../../data/element-types.ts';
import type { CodeItem, EndpointChanges, ImpactReport } from '../../impact/report-types.ts';
import { foldAdded } from '../fold-added.ts';
import { apiLines, countChanges, stepHeading } from './api-text.ts';
import { escapeHtml } from './escape-html.ts';
import { describeItem, describeMove, describeSide, KIND_LABELS } from './item-text.ts';

/** Tables longer than this fold into a <details> block, to keep pull-request comments short. */
const OPEN_ROWS = 10;

/** Markdown for a pull-request comment: section one as a table, section two folded per version. */
export function impactMarkdown(report: ImpactReport): string {
  const lines = [`## Docker Engine API: ${describeMove(report)}`, ''];
  lines.push(`From ${describeSide(report.from)}  `, `to ${describeSide(report.to)}.`);
  if (report.code) lines.push('', ...codeSection(report, report.code.items));
  lines.push('', ...apiSection(report));
  return `${lines.join('\n')}\n`;
}

function codeSection(report: ImpactReport, items: readonly CodeItem[]): string[] {
  const code = report.code as NonNullable<ImpactReport['code']>;
  const heading = `### This code: ${plural(items.length, 'item')} (${plural(code.usages, 'usage')} in ${plural(code.files, 'file')} searched)`;
  if (items.length === 0) return [heading, '', 'Nothing changes for the code found.'];
  const table = [
    '| Kind | Where | Element | Version | What changes | What to do |',
    '|---|---|---|---|---|---|',
    ...items.map((item) => {
      const text = describeItem(item, report.to);
      return row([
        KIND_LABELS[item.kind],
        code_(`${item.file}:${item.line}`),
        code_(item.element),
        item.version,
        text.what,
        text.todo,
      ]);
    }),
  ];
  return [heading, '', ...folded(`${plural(items.length, 'item')}`, table, items.length > OPEN_ROWS)];
}

function apiSection(report: ImpactReport): string[] {
  const { changes, endpoints } = countChanges(report);
  const scope = report.api.onlyUsed ? ' on endpoints the code uses' : '';
  const lines = [`### API changes${scope}: ${plural(changes, 'change')} on ${plural(endpoints, 'endpoint')}`];
  if (report.api.versions.length === 0) return [...lines, '', 'No changes.'];
  for (const step of report.api.versions) {
    const body: string[] = [];
    for (const entry of step.endpoints)
      body.push(`#### \`${entry.endpoint}\`${entry.used ? ' (used)' : ''}`, '', ...entryLines(entry), '');
    const count = step.endpoints.length;
    lines.push(
      '',
      ...folded(`${stepHeading(report, step.version)}: ${plural(count, 'endpoint')}`, body, true),
    );
  }
  return lines;
}

/** Bullets for one endpoint; additions below an added parent fold into it. */
function entryLines(entry: EndpointChanges): string[] {
  const lines = apiLines(entry).filter((line) => line.change !== 'added');
  const added = entry.added.map(asFacts);
  const folds = foldAdded(added).map(({ facts, below }) => {
    const label =
      facts.key === entry.endpoint ? 'endpoint' : code_(facts.key.slice(entry.endpoint.length + 1));
    return `- added ${label}${below > 0 ? ` (and ${plural(below, 'element')} below)` : ''}`;
  });
  return [
    ...folds,
    ...lines.map((line) => {
      const label = line.element === 'endpoint' ? 'endpoint' : code_(line.element);
      return `- ${line.change} ${label}${line.detail ? `: ${line.detail}` : ''}`;
    }),
  ];
}

function asFacts(key: string): ElementFacts {
  const parts = parseElementKey(key);
  return { key, method: '', path: '', in: 'operation', since: '', deprecated: null, removed: null, ...parts };
}

function folded(summary: string, body: readonly string[], fold: boolean): string[] {
  if (!fold) return [...body];
  const trimmed = [...body];
  while (trimmed.at(-1) === '') trimmed.pop();
  return ['<details>', `<summary>${escapeHtml(summary)}</summary>`, '', ...trimmed, '', '</details>'];
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
}

function code_(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
