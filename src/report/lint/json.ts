import { formatMessage } from '../../lint/messages.ts';
import type { LintReporter } from './types.ts';

/** DESIGN.md "lint --format json", field for field. */
export const jsonReporter: LintReporter = (result) =>
  `${JSON.stringify({
    target: { api: result.target.api, from: result.target.from },
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      element: finding.element,
      ...(finding.requires !== undefined && { requires: finding.requires }),
      message: formatMessage(finding),
    })),
    summary: { files: result.files, findings: result.findings.length },
  })}\n`;
