export { releasesOfFleet } from './fleet.ts';
export type { TargetOptions } from './resolve-target.ts';
export { resolveTarget } from './resolve-target.ts';
export type { ApiWindow, ResolvedTarget, Target } from './target.ts';
export type { FleetWindow } from './window.ts';
export { fleetWindow } from './window.ts';
