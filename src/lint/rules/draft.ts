import type { Finding } from '../finding.ts';

/** A finding before severities are applied. */
export type Draft = Omit<Finding, 'severity'>;

/** Where a usage is, for drafts. */
export interface Site {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}
