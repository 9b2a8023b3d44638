import type { Finding } from '../../lint/finding.ts';
import { formatMessage } from '../../lint/messages.ts';
import type { LintReporter } from './types.ts';

/**
 * GitHub shows at most 10 error and 10 warning annotations per step and 50
 * per job; lines past that are dropped silently, so we stop there and say so.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export const GITHUB_LIMITS = { perLevelPerStep: 10, perJob: 50 } as const;

/** Workflow-command annotations, errors first, within GitHub's limits, then a notice of what was left out. */
export const githubReporter: LintReporter = (result, options) => {
  const prefix = options.repositoryPrefix ? `${options.repositoryPrefix}/` : '';
  const ordered = [...result.findings].sort((a, b) => rank(a) - rank(b));
  const shown = new Map<string, number>();
  const lines: string[] = [];
  let left = 0;
  for (const finding of ordered) {
    const level = finding.severity === 'error' ? 'error' : 'warning';
    const count = shown.get(level) ?? 0;
    if (count >= GITHUB_LIMITS.perLevelPerStep || lines.length >= GITHUB_LIMITS.perJob - 1) {
      left++;
      continue;
    }
    shown.set(level, count + 1);
    lines.push(annotation(level, finding, prefix));
  }
  if (left > 0) {
    lines.push(
      `::notice title=docker-api-compat::${escapeData(`${left} more ${left === 1 ? 'finding is' : 'findings are'} not shown as annotations (GitHub's limit per step); see the job summary or the SARIF report`)}`,
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

function rank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : 1;
}

// GitHub resolves `file` against the workspace, the repository's root.
function annotation(level: 'error' | 'warning', finding: Finding, prefix: string): string {
  const properties = [
    `file=${escapeProperty(prefix + finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(`docker-api-compat(${finding.rule})`)}`,
  ].join(',');
  return `::${level} ${properties}::${escapeData(formatMessage(finding))}`;
}

/** A command's message: `%`, CR and LF would end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value: also `:` and `,`, which separate properties from each other and the message. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
