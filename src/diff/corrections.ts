import type { Span } from '../data/element-types.ts';
import type { ElementHistory } from '../data/history-types.ts';

/**
 * A hand-made correction of facts computed from the specs, for where the
 * upstream definitions are known to be wrong. Every entry cites its source;
 * an entry whose key the specs no longer produce fails the build.
 */
export interface Correction {
  readonly key: string;
  /** Replacement spans of presence, oldest first. */
  readonly spans?: readonly Span[];
  /** Replacement for the first version marking the element deprecated. */
  readonly deprecated?: string | null;
  /** Where the corrected fact is stated upstream. */
  readonly source: string;
}

const HISTORY = 'https://github.com/moby/moby/blob/master/docs/api/version-history.md';

// The Swagger definitions of 1.38 and 1.39 omit KernelMemory; the v1.42
// notes say older API versions still accept it.
const KERNEL_MEMORY = `${HISTORY} (v1.41: deprecated; v1.42: removed, older API versions still accept it)`;
const KERNEL_MEMORY_SPANS: readonly Span[] = [{ since: '1.36', removed: '1.42' }];

export const CORRECTIONS: readonly Correction[] = [
  {
    key: 'GET /images/json query:filter',
    spans: [{ since: '1.24', removed: '1.41' }],
    deprecated: '1.25',
    source: `${HISTORY} (v1.41: deprecated since Docker 1.13, removed; available with API 1.40 or below)`,
  },
  {
    key: 'POST /containers/create body:HostConfig.KernelMemory',
    spans: KERNEL_MEMORY_SPANS,
    source: KERNEL_MEMORY,
  },
  {
    key: 'POST /containers/{id}/update body:KernelMemory',
    spans: KERNEL_MEMORY_SPANS,
    source: KERNEL_MEMORY,
  },
  {
    key: 'GET /containers/{id}/json response:HostConfig.KernelMemory',
    spans: KERNEL_MEMORY_SPANS,
    source: KERNEL_MEMORY,
  },
];

/** The histories with `corrections` applied; throws on a correction whose key is unknown. */
export function applyCorrections(
  histories: readonly ElementHistory[],
  corrections: readonly Correction[] = CORRECTIONS,
): ElementHistory[] {
  const byKey = new Map(corrections.map((correction) => [correction.key, correction]));
  const corrected = histories.map((history) => {
    const correction = byKey.get(history.key);
    if (!correction) return history;
    byKey.delete(history.key);
    return withCorrection(history, correction);
  });
  const stale = [...byKey.keys()];
  if (stale.length > 0) throw new Error(`corrections for unknown elements: ${stale.join(', ')}`);
  return corrected;
}

function withCorrection(history: ElementHistory, correction: Correction): ElementHistory {
  const { history: _spans, ...rest } = history;
  const spans = correction.spans ?? history.history ?? [{ since: history.since, removed: history.removed }];
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) throw new Error(`correction without spans: ${correction.key}`);
  return {
    ...rest,
    since: first.since,
    deprecated: correction.deprecated === undefined ? history.deprecated : correction.deprecated,
    removed: last.removed,
    ...(spans.length > 1 ? { history: spans } : {}),
  };
}
