import type { ImpactReport } from '../../impact/report-types.ts';

/** The report as one JSON object, members as documented in docs/report.md. */
export function impactJson(report: ImpactReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
