import { githubReporter } from './github.ts';
import { jsonReporter } from './json.ts';
import { sarifReporter } from './sarif.ts';
import { stylishReporter } from './stylish.ts';
import type { LintReporter } from './types.ts';

/** Lint output formats by name: a new format is one file and one entry. */
export const lintReporters: ReadonlyMap<string, LintReporter> = new Map([
  ['stylish', stylishReporter],
  ['json', jsonReporter],
  ['sarif', sarifReporter],
  ['github', githubReporter],
]);
