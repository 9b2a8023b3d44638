/**
 * Hand corrections to what the generator reads, where docker-py decides by
 * a value the flow-insensitive reading cannot see. Each cites its source;
 * the generator fails when one no longer applies.
 */
export interface Correction {
  /** The operation whose keys are corrected. */
  readonly op: string;
  readonly keyword: string;
  /** Element keys (without the operation) the keyword does not set. */
  readonly drop: readonly string[];
  readonly source: string;
  readonly reason: string;
}

export const CORRECTIONS: readonly Correction[] = [
  {
    op: 'POST /build',
    keyword: 'path',
    drop: ['query:dockerfile', 'query:remote'],
    source: 'docker/api/build.py:146',
    reason:
      '`path` is the local build context, sent as a tar body; it becomes `remote=` only for a URL, and only locates the Dockerfile',
  },
];
