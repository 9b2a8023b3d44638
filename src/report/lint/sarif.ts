import type { Log, Result } from 'sarif';
import type { Finding } from '../../lint/finding.ts';
import { formatMessage } from '../../lint/messages.ts';
import type { SuppressedFinding } from '../../lint/suppressions.ts';
import { packageVersion, repositoryUrl } from '../../package-info.ts';
import { fingerprints } from './fingerprint.ts';
import { reportedRules } from './sarif-rules.ts';
import type { LintReporter } from './types.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The key of our own fingerprint in `partialFingerprints`; bump the version if its recipe changes. */
export const FINGERPRINT_KEY = 'dockerApiCompat/v1';

/** SARIF 2.1.0: one run, the rules that have results, inline suppressions as `suppressions`. */
export const sarifReporter: LintReporter = (result, options) => {
  const suppressedBy = new Map<Finding, SuppressedFinding>(
    result.suppressed.map((entry) => [entry.finding, entry]),
  );
  const all = [...result.findings, ...suppressedBy.keys()].sort(fileOrder);
  const rules = reportedRules(new Set(all.map((finding) => finding.rule)));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const prints = fingerprints(all);
  const prefix = options.repositoryPrefix ? `${options.repositoryPrefix}/` : '';
  const results = all.map((finding): Result => {
    const suppressed = suppressedBy.get(finding);
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule) ?? -1,
      level: finding.severity === 'error' ? 'error' : 'warning',
      message: { text: formatMessage(finding) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(prefix + finding.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: finding.line, startColumn: finding.column },
          },
        },
      ],
      ...(finding.request && {
        relatedLocations: [
          {
            id: 0,
            physicalLocation: {
              artifactLocation: { uri: fileUri(prefix + finding.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: finding.request.line, startColumn: finding.request.column },
            },
            message: { text: 'the request that carries this element' },
          },
        ],
      }),
      partialFingerprints: { [FINGERPRINT_KEY]: prints.get(finding) ?? '' },
      properties: {
        element: finding.element,
        ...(finding.requires && { requires: finding.requires }),
        ...(finding.role && { role: finding.role }),
        ...(finding.extractor && { extractor: finding.extractor }),
        ...(finding.via && { via: finding.via }),
        ...(finding.folded && { folded: finding.folded }),
      },
      ...(suppressed && {
        suppressions: [
          { kind: 'inSource', status: 'accepted', justification: suppressed.suppression.reason },
        ],
      }),
    };
  });
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'docker-api-compat',
            version: packageVersion,
            informationUri: repositoryUrl,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { target: { api: result.target.api, from: result.target.from } },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function fileOrder(a: Finding, b: Finding): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/** A relative POSIX path as a URI reference: each segment percent-encoded, slashes kept. */
function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
