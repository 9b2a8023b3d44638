import type { Finding } from '../../lint/finding.ts';
import { formatMessage } from '../../lint/messages.ts';
import type { LintResult } from '../../lint/run.ts';
import { palette } from './colors.ts';
import type { LintReporter } from './types.ts';

/** Grouped by file, one line per finding, a summary line; as eslint's stylish. */
export const stylishReporter: LintReporter = (result, options) => {
  const c = palette(options.color);
  const lines: string[] = [];
  for (const [file, findings] of groupByFile(result.findings)) {
    lines.push(c.bold(file));
    // A reduce, not Math.max(...): a spread of 100k arguments overflows the stack.
    const width = findings.reduce((max, f) => Math.max(max, `${f.line}:${f.column}`.length), 0);
    for (const finding of findings) {
      const where = `${finding.line}:${finding.column}`.padEnd(width);
      const severity = finding.severity === 'error' ? c.red('error') : c.yellow('warn ');
      const request = finding.request
        ? c.dim(`  in ${operationOf(finding.element)} at ${finding.request.line}:${finding.request.column}`)
        : '';
      lines.push(
        `  ${c.dim(where)}  ${severity}  ${formatMessage(finding)}${request}  ${c.dim(finding.rule)}`,
      );
    }
    lines.push('');
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const scope = `${result.files} ${result.files === 1 ? 'file' : 'files'} · target API ${result.target.api} (${result.target.from})${hiddenCounts(result)}`;
  if (result.findings.length === 0) {
    lines.push(`${c.green('✔')} no problems in ${scope}`);
  } else {
    const counts = `${plural(result.findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    lines.push(`${errors > 0 ? c.red('✖') : c.yellow('⚠')} ${c.bold(counts)} in ${scope}`);
  }
  return `${lines.join('\n')}\n`;
};

/** What is not listed, so a clean summary does not look cleaner than the code is. */
function hiddenCounts(result: LintResult): string {
  const suppressed = result.suppressed.length;
  const hidden = result.baseline?.hidden ?? 0;
  return [
    suppressed > 0 ? ` · ${suppressed} suppressed` : '',
    hidden > 0 ? ` · ${hidden} hidden by baseline` : '',
  ].join('');
}

/** `POST /containers/create body:HostConfig.Init` → `POST /containers/create`; `docker image ls --tree` → `docker image ls`. */
function operationOf(element: string): string {
  // A CLI gate (`docker image ls --tree`) sits in its command line.
  if (element.startsWith('docker ')) return element.replace(/ -[^ ]*$/, '');
  const method = element.indexOf(' ');
  const end = element.indexOf(' ', method + 1);
  return end === -1 ? element : element.slice(0, end);
}

/** Linear: appending in place (copying the group for every finding was quadratic: 40k findings, 13 s). */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
