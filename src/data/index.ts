export {
  coveredApiVersion,
  type DataVersions,
  dataVersions,
  describeCoverage,
  isUnreleased,
} from './api-versions.ts';
export {
  type ChangedElement,
  type ChangesReport,
  changesBetween,
  type VersionChanges,
} from './changes.ts';
export { editDistance, suggestKeys } from './did-you-mean.ts';
export { type DocumentedFacts, documentedFacts } from './documented.ts';
export { type ElementKeyParts, formatElementKey, parseElementKey } from './element-key.ts';
export type {
  BehaviourFact,
  EffectiveSpan,
  ElementFacts,
  ElementIn,
  ElementShape,
  FactKind,
  NormalizedSpec,
  Span,
  SpecElement,
} from './element-types.ts';
export { FACT_KINDS } from './element-types.ts';
export { type ElementFilter, getElement, getElementChanges, listElements } from './elements.ts';
export type { ElementHistory, ShapeChange, ShapeField } from './history-types.ts';
export {
  deprecatedIn,
  effectiveDeprecated,
  effectiveRemoved,
  effectiveSince,
  effectiveSpans,
  presentIn,
  servedIn,
  spansOf,
} from './presence.ts';
export { type RequestInput, type ResolvedRequest, resolveRequest } from './resolve.ts';
export { ElementStore } from './store.ts';
