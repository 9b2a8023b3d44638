import { jsonReporter } from './json.ts';
import { stylishReporter } from './stylish.ts';
import type { LintReporter } from './types.ts';

/** Lint output formats by name: a new format is one file and one entry. */
export const lintReporters: ReadonlyMap<string, LintReporter> = new Map([
  ['stylish', stylishReporter],
  ['json', jsonReporter],
]);

export { wantsColor } from './colors.ts';
export type { LintReporter, ReporterOptions } from './types.ts';
