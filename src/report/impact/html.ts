import type { CodeItem, ImpactReport } from '../../impact/report-types.ts';
import { apiLines, countChanges } from './api-text.ts';
import { escapeHtml } from './escape-html.ts';
import { SCRIPT, STYLE } from './html-assets.ts';
import { timelineHtml } from './html-timeline.ts';
import { describeItem, describeMove, describeSide, KIND_LABELS } from './item-text.ts';

/**
 * One self-contained HTML file: inline style and script, no fetches. A
 * timeline, the code's items and every API change, in sortable tables.
 */
export function impactHtml(report: ImpactReport): string {
  const title = `Docker Engine API: ${describeMove(report)}`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // Nothing may load from elsewhere, whatever the report contains.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="sides" id="from">From ${escapeHtml(describeSide(report.from))}</p>`,
    `<p class="sides" id="to">To ${escapeHtml(describeSide(report.to))}</p>`,
    timelineHtml(report.timeline),
    `<p class="caption">Shaded: the versions between API ${escapeHtml(report.from.api)} and ${escapeHtml(report.to.api)}. Under each API version, the first Docker release whose newest API it is.</p>`,
    report.code ? codeSection(report, report.code.items) : '',
    apiSection(report),
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

function codeSection(report: ImpactReport, items: readonly CodeItem[]): string {
  const heading = `<h2>This code: ${items.length} ${items.length === 1 ? 'item' : 'items'}</h2>`;
  if (items.length === 0) return `${heading}<p class="empty">Nothing changes for the code found.</p>`;
  const rows = items.map((item) => {
    const text = describeItem(item, report.to);
    return row(`kind-${item.kind}`, [
      cell(KIND_LABELS[item.kind]),
      cell(item.file),
      cell(String(item.line), String(item.line).padStart(8, '0')),
      codeCell(item.element),
      cell(item.version),
      cell(text.what),
      cell(text.todo),
    ]);
  });
  const head = ['Kind', 'File', 'Line', 'Element', 'Version', 'What changes', 'What to do'];
  return `${heading}${table('code-items', head, rows)}`;
}

function apiSection(report: ImpactReport): string {
  const { changes, endpoints } = countChanges(report);
  const scope = report.api.onlyUsed ? ' on endpoints the code uses' : '';
  const heading = `<h2>API changes${scope}: ${changes} changes on ${endpoints} endpoints</h2>`;
  const rows = report.api.versions.flatMap((step) =>
    step.endpoints.flatMap((entry) =>
      apiLines(entry).map((line) =>
        row(`change-${line.change}`, [
          cell(step.version),
          codeCell(entry.endpoint),
          cell(entry.used ? 'yes' : ''),
          cell(line.change),
          codeCell(line.element),
          cell(line.detail),
        ]),
      ),
    ),
  );
  if (rows.length === 0) return `${heading}<p class="empty">No changes.</p>`;
  return `${heading}${table('api-changes', ['Version', 'Endpoint', 'Used', 'Change', 'Element', 'Detail'], rows)}`;
}

function table(id: string, head: readonly string[], rows: readonly string[]): string {
  const headers = head.map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('');
  return `<table class="sortable" id="${id}"><thead><tr>${headers}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function row(className: string, cells: readonly string[]): string {
  return `<tr class="${className}">${cells.join('')}</tr>`;
}

function cell(text: string, sort?: string): string {
  return sort === undefined
    ? `<td>${escapeHtml(text)}</td>`
    : `<td data-sort="${escapeHtml(sort)}">${escapeHtml(text)}</td>`;
}

function codeCell(text: string): string {
  return `<td><code>${escapeHtml(text)}</code></td>`;
}
