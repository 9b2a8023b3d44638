import { changesBetween } from '../data/changes.ts';
import { UsageError } from '../errors.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import { apiSteps } from './api-changes.ts';
import { codeItems } from './code-items.ts';
import type { CodeUsage } from './code-usage.ts';
import { enumIndex } from './enum-changes.ts';
import type { ImpactReport } from './report-types.ts';
import type { Side } from './side.ts';
import { timeline } from './timeline.ts';

export interface ImpactInput {
  readonly from: Side;
  readonly to: Side;
  /** The scanned code; absent for the API-level report alone. */
  readonly code?: { readonly files: number; readonly usages: readonly CodeUsage[] };
  /** Keep only the endpoints the code uses in section two. */
  readonly onlyUsed?: boolean;
}

/** Builds the report as data; renderers only format it. */
export function buildImpactReport(input: ImpactInput): ImpactReport {
  const { from, to, code } = input;
  const onlyUsed = input.onlyUsed ?? false;
  if (onlyUsed && !code) throw new UsageError('--only-used needs paths to scan');
  const order = compareApiVersions(from.api, to.api);
  const downgrade = order > 0;
  const changes = downgrade ? changesBetween(to.api, from.api) : changesBetween(from.api, to.api);
  const used = new Set(
    (code?.usages ?? []).flatMap((usage) => usage.candidates.map((candidate) => candidate.operation.key)),
  );
  return {
    from,
    to,
    direction: order < 0 ? 'upgrade' : downgrade ? 'downgrade' : 'same',
    code: code
      ? {
          files: code.files,
          usages: code.usages.length,
          items: codeItems(code.usages, from, to, enumIndex(changes, downgrade)),
        }
      : null,
    api: { onlyUsed, versions: apiSteps(changes, downgrade, used, onlyUsed) },
    timeline: timeline(from.api, to.api),
  };
}
