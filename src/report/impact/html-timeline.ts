import type { TimelineEntry } from '../../impact/report-types.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * The API versions as a row of ticks, each labelled with the first Docker
 * release that made it the newest; the span between the sides is shaded and
 * its ends are marked. Attributes carry the facts, for tests and scripts.
 */
export function timelineHtml(entries: readonly TimelineEntry[]): string {
  const ticks = entries.map((entry) => {
    const classes = ['tick', entry.inSpan ? 'in-span' : '', entry.mark ? `mark-${entry.mark}` : '']
      .filter(Boolean)
      .join(' ');
    const flag =
      entry.mark === null
        ? ''
        : `<span class="flag">${entry.mark === 'both' ? 'from = to' : entry.mark}</span>`;
    const docker = entry.docker ? escapeHtml(entry.docker) : '—';
    const title = entry.docker
      ? `API ${entry.api}: newest API of Docker ${entry.docker}`
      : `API ${entry.api}`;
    return (
      `<li class="${classes}" data-api="${escapeHtml(entry.api)}" title="${escapeHtml(title)}">` +
      `${flag}<span class="api">${escapeHtml(entry.api)}</span><span class="docker">${docker}</span></li>`
    );
  });
  return `<ol class="timeline" aria-label="API versions and Docker releases">${ticks.join('')}</ol>`;
}
