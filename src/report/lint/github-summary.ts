import { formatMessage } from '../../lint/messages.ts';
import type { LintResult } from '../../lint/run.ts';

/** Rows in the summary table; GitHub caps a step summary at 1 MiB. */
const MAX_ROWS = 500;

/** Markdown for $GITHUB_STEP_SUMMARY: the target, the counts and a table of findings. */
export function githubStepSummary(result: LintResult): string {
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const lines = [
    '## docker-api-compat',
    '',
    `Target API ${result.target.api} (\`${cell(result.target.from)}\`) · ${result.files} files · ` +
      `**${errors} ${errors === 1 ? 'error' : 'errors'}**, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  ];
  const extras = [
    result.suppressed.length > 0 && `${result.suppressed.length} suppressed inline`,
    result.baseline && `${result.baseline.hidden} hidden by the baseline`,
  ].filter((text): text is string => typeof text === 'string');
  if (extras.length > 0) lines.push('', extras.join(' · '));
  if (result.findings.length > 0) {
    lines.push('', '| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |');
    for (const finding of result.findings.slice(0, MAX_ROWS)) {
      const where = `${finding.file}:${finding.line}:${finding.column}`;
      lines.push(
        `| ${finding.severity} | \`${cell(where)}\` | ${finding.rule} | ${cell(formatMessage(finding))} |`,
      );
    }
    if (result.findings.length > MAX_ROWS) lines.push('', `… and ${result.findings.length - MAX_ROWS} more.`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** Text inside a table cell: pipes and line breaks would end the cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');
}
