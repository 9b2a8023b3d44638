import type { NeedsReport } from '../../impact/needs.ts';

/** `needs` for people: the answer first, then the releases, then the reasons. */
export function needsText(report: NeedsReport): string {
  const lines = [`needs API ${report.api}`];
  const { oldest, newest } = report.docker;
  if (oldest === null) lines.push('  no known Docker release serves all of it with default settings');
  else
    lines.push(
      `  oldest Docker: ${oldest}`,
      `  newest Docker: ${newest ?? 'every release since, up to the newest known'}`,
    );
  const later = report.servedBy.slice(1);
  if (later.length > 0) {
    lines.push(
      `  served again: ${later.map((run) => (run.from === run.to ? run.from : `${run.from} … ${run.to}`)).join(', ')}`,
    );
  }
  if (report.daemon) {
    const { daemon } = report;
    lines.push(
      `  ${daemon.from} (API ${daemon.minApi}–${daemon.maxApi}): ${daemon.serves ? 'serves all of it' : `does not serve ${daemon.unserved.length} ${daemon.unserved.length === 1 ? 'usage' : 'usages'}`}`,
    );
    for (const usage of daemon.unserved) lines.push(`    ${usage.file}:${usage.line}  ${usage.element}`);
  }
  for (const other of report.apart) {
    lines.push(
      `  ${other.role} files (not counted; --role ${other.role} to include): need API ${other.api}, ${other.usages} ${other.usages === 1 ? 'usage' : 'usages'}`,
    );
  }
  if (report.because.length === 0) {
    lines.push(
      '',
      report.usages === 0
        ? 'No Engine API usage found.'
        : 'Nothing needs more than the oldest API the data knows.',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push('', 'because:');
  const width = Math.max(...report.because.map((reason) => `${reason.file}:${reason.line}`.length));
  for (const reason of report.because) {
    const where = `${reason.file}:${reason.line}`.padEnd(width);
    const via =
      reason.via === 'pin' && reason.element !== 'DOCKER_API_VERSION'
        ? ` (pinned /v${reason.requires}/)`
        : '';
    lines.push(`  ${reason.requires.padEnd(5)} ${where}  ${reason.element}${via}`);
  }
  return `${lines.join('\n')}\n`;
}
