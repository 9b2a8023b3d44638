import type { LintResult } from '../../lint/run.ts';

export interface ReporterOptions {
  /** Use ANSI colours (decided by the caller from the stream and NO_COLOR/FORCE_COLOR). */
  readonly color: boolean;
}

/** A lint output format: the whole result in, the whole text out. */
export type LintReporter = (result: LintResult, options: ReporterOptions) => string;
