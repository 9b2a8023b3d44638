export type { Baselinable, Baseline, BaselineEntry, BaselineResult } from './baseline.ts';
export { applyBaseline, createBaseline, pruneBaseline } from './baseline.ts';
export { readBaseline, writeBaseline } from './file.ts';
