/** The linter's input: see src/targets/target.ts, the one definition. */
export type { ApiWindow, Target } from '../targets/target.ts';
