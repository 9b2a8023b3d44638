export { wantsColor } from './colors.ts';
export { githubStepSummary } from './github-summary.ts';
export type { OutputPlan } from './outputs.ts';
export { checkOutputs, planOutputs, writeOutputs } from './outputs.ts';
export { lintReporters } from './reporters.ts';
export type { LintReporter, ReporterOptions } from './types.ts';
