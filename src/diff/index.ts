export { templateParams, templateShape } from '../data/path-template.ts';
export { buildPathCanon, type PathCanon } from './canonical-paths.ts';
export { computeHistories } from './history.ts';
export { shapeChanges } from './shape-changes.ts';
export { presenceSpans } from './spans.ts';
