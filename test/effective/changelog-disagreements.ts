/**
 * The changelog's high-confidence additions (1.25–1.52) that the effective
 * layer does not date as the changelog does, each with the reason. The
 * agreement test fails on a disagreement not listed here and on an entry
 * that no longer disagrees. `line` is the bullet's line in
 * api/docs/CHANGELOG.md at the specs' commit.
 */
export interface Disagreement {
  readonly line: number;
  readonly key: string;
  readonly reason: string;
}

export const DISAGREEMENTS: readonly Disagreement[] = [
  {
    line: 464,
    key: 'POST /images/create query:platform',
    reason:
      'The bullet (1.42) widens what the parameter accepts; the parameter itself is served from 1.32 (router gate image_routes.go, >= 1.32).',
  },
  {
    line: 667,
    key: 'POST /containers/create body:HostConfig.LogConfig.Config',
    reason: 'The bullet (1.40) adds a logging option, a value inside the map; the map is older.',
  },
  {
    line: 860,
    key: 'GET /containers/{id}/stats response:precpu_stats',
    reason:
      'The bullet (1.27) adds online_cpus inside precpu_stats, which is older; online_cpus itself is dated 1.27 by the table.',
  },
  {
    line: 860,
    key: 'GET /containers/{id}/stats response:cpu_stats',
    reason: 'As precpu_stats: the bullet adds a field inside it.',
  },
];
