import type { LintResult } from '../../lint/run.ts';

export interface ReporterOptions {
  /** Use ANSI colours (decided by the caller from the stream and NO_COLOR/FORCE_COLOR). */
  readonly color: boolean;
  /**
   * The working directory relative to the repository root (POSIX; '' at the
   * root), so SARIF URIs are repository-relative; default ''.
   */
  readonly repositoryPrefix?: string;
}

/** A lint output format: the whole result in, the whole text out. */
export type LintReporter = (result: LintResult, options: ReporterOptions) => string;
