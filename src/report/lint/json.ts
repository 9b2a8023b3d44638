import type { Finding } from '../../lint/finding.ts';
import { formatMessage } from '../../lint/messages.ts';
import type { LintReporter } from './types.ts';

/**
 * DESIGN.md "lint --format json", field for field; plus `suppressed` (the
 * findings inline comments suppressed, each with its reason) and, when a
 * baseline was applied, `baseline` (how many it hid, which entries are fixed).
 */
export const jsonReporter: LintReporter = (result) =>
  `${JSON.stringify({
    target: { api: result.target.api, from: result.target.from },
    findings: result.findings.map(findingJson),
    suppressed: result.suppressed.map(({ finding, suppression }) => ({
      ...findingJson(finding),
      suppression: { kind: suppression.kind, reason: suppression.reason, line: suppression.line },
    })),
    ...(result.baseline && {
      baseline: { hidden: result.baseline.hidden, stale: result.baseline.stale },
    }),
    summary: { files: result.files, findings: result.findings.length },
  })}\n`;

function findingJson(finding: Finding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    element: finding.element,
    ...(finding.requires !== undefined && { requires: finding.requires }),
    message: formatMessage(finding),
    ...(finding.request && { request: finding.request }),
    ...(finding.role && { role: finding.role }),
    ...(finding.extractor && { extractor: finding.extractor }),
    ...(finding.written && { written: finding.written }),
    ...(finding.via && { via: finding.via }),
    ...(finding.folded && { folded: finding.folded }),
  };
}
