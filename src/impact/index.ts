export { apiSteps } from './api-changes.ts';
export { buildImpactReport, type ImpactInput } from './build-report.ts';
export { codeItems } from './code-items.ts';
export type { Candidate, CodeUsage } from './code-usage.ts';
export { type CollectedCode, type CollectOptions, collectCode, toCodeUsage } from './collect.ts';
export { computeNeeds, type DaemonVerdict, daemonVerdict, type NeedsReport, type Unserved } from './needs.ts';
export type * from './report-types.ts';
export { ITEM_KINDS } from './report-types.ts';
export { type Reason, reasonOf } from './requirement.ts';
export { type ServedRange, servesUsage } from './runs-on.ts';
export {
  type PinProblem,
  pinRefusal,
  type Side,
  sideOf,
  sideOfApi,
  sideOfDocker,
  sideOfTarget,
} from './side.ts';
export { timeline } from './timeline.ts';
