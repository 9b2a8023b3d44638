import { formatElementKey } from '../data/element-key.ts';
import type { ElementShape, NormalizedSpec, SpecElement } from '../data/element-types.ts';
import type { ElementHistory, ShapeChange } from '../data/history-types.ts';
import { compareText } from '../text/compare.ts';
import { buildPathCanon, type PathCanon } from './canonical-paths.ts';
import { shapeChanges } from './shape-changes.ts';
import { presenceSpans } from './spans.ts';

interface Track {
  readonly element: SpecElement;
  /** The element's shape per version index; undefined where absent. */
  readonly shapes: (ElementShape | undefined)[];
}

/**
 * Every element's history across `specs` (ordered oldest first): spans of
 * presence, the first version marking it deprecated, and shape changes.
 * Keys use canonical path templates (see PathCanon). Sorted by key.
 */
export function computeHistories(specs: readonly NormalizedSpec[]): ElementHistory[] {
  const versions = specs.map((spec) => spec.version);
  const statesShapes = specs.map((spec) =>
    spec.elements.some((element) => Object.keys(element.shape).length > 0),
  );
  const tracks = trackElements(specs, buildPathCanon(specs));
  return [...tracks.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, track]) => historyOf(key, track, versions, statesShapes));
}

function trackElements(specs: readonly NormalizedSpec[], canon: PathCanon): Map<string, Track> {
  const tracks = new Map<string, Track>();
  specs.forEach((spec, index) => {
    for (const element of spec.elements) {
      const canonical = canonicalElement(element, canon);
      const key = formatElementKey(canonical);
      let track = tracks.get(key);
      if (!track) {
        track = { element: canonical, shapes: new Array(specs.length).fill(undefined) };
        tracks.set(key, track);
      }
      // Two spellings of one element in one version (a renamed path
      // parameter listed twice) merge; a deprecation mark on either counts.
      const seen = track.shapes[index];
      track.shapes[index] = seen
        ? { ...seen, deprecated: seen.deprecated === true || element.shape.deprecated === true }
        : element.shape;
    }
  });
  return tracks;
}

function canonicalElement(element: SpecElement, canon: PathCanon): SpecElement {
  const path = canon.canonicalPath(element.method, element.path);
  const name =
    element.in === 'path' && element.name !== undefined
      ? canon.canonicalParam(element.method, element.path, element.name)
      : element.name;
  const renamed: SpecElement = { ...element, path, name };
  return { ...renamed, key: formatElementKey(renamed) };
}

function historyOf(
  key: string,
  track: Track,
  versions: readonly string[],
  statesShapes: readonly boolean[],
): ElementHistory {
  const { element, shapes } = track;
  const spans = presenceSpans(
    shapes.map((shape) => shape !== undefined),
    versions,
  );
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) throw new Error(`element without presence: ${key}`);
  const deprecatedAt = shapes.findIndex((shape) => shape?.deprecated === true);
  return {
    key,
    method: element.method,
    path: element.path,
    in: element.in,
    ...(element.name !== undefined && element.in !== 'operation' ? { name: element.name } : {}),
    ...(element.value !== undefined ? { value: element.value } : {}),
    since: first.since,
    deprecated: deprecatedAt === -1 ? null : (versions[deprecatedAt] ?? null),
    removed: last.removed,
    ...(spans.length > 1 ? { history: spans } : {}),
    changes: changesOf(shapes, versions, statesShapes),
  };
}

/**
 * Shape changes between consecutive versions that have the element (across
 * gaps too). A version whose spec states no shapes at all (1.24, read from
 * Markdown) is no baseline: its silence is not a change.
 */
function changesOf(
  shapes: readonly (ElementShape | undefined)[],
  versions: readonly string[],
  statesShapes: readonly boolean[],
): ShapeChange[] {
  const changes: ShapeChange[] = [];
  let previous: ElementShape | undefined;
  shapes.forEach((shape, index) => {
    if (!shape || !statesShapes[index]) return;
    if (previous) changes.push(...shapeChanges(previous, shape, versions[index] as string));
    previous = shape;
  });
  return changes;
}
