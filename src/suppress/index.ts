export type { Suppressible, SuppressionResult } from './apply.ts';
export { applySuppressions, covers } from './apply.ts';
export type { Directive } from './directives.ts';
export { findDirectives } from './directives.ts';
