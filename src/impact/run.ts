import type { FileRole } from '../lint/usage.ts';
import { buildImpactReport } from './build-report.ts';
import { type CollectOptions, collectCode } from './collect.ts';
import { computeNeeds, type NeedsReport } from './needs.ts';
import type { ImpactReport } from './report-types.ts';
import { sideOf } from './side.ts';

/**
 * What code needs: scan, resolve, compute; usages suppressed for a
 * requirement rule are left out. `roles` (default: source) are answered for,
 * the others reported apart.
 */
export async function needs(options: CollectOptions & { role?: readonly FileRole[] }): Promise<NeedsReport> {
  return computeNeeds((await collectCode(options)).usages, options.role ?? ['source']);
}

/** One side of a move: an API version or a Docker version, exactly one of them. */
export interface SideInput {
  readonly api?: string;
  readonly docker?: string;
}

export interface ImpactReportOptions {
  readonly from: SideInput;
  readonly to: SideInput;
  /** Files to check (section one); absent for the API-level report alone. */
  readonly scan?: CollectOptions;
  readonly onlyUsed?: boolean;
}

/** The impact report for a move, as data. */
export async function impactReport(options: ImpactReportOptions): Promise<ImpactReport> {
  const from = sideOf(options.from.api, options.from.docker, 'from');
  const to = sideOf(options.to.api, options.to.docker, 'to');
  const code = options.scan ? await collectCode(options.scan) : undefined;
  return buildImpactReport({
    from,
    to,
    ...(code && { code }),
    ...(options.onlyUsed !== undefined && { onlyUsed: options.onlyUsed }),
  });
}
