import { type PinnedSource, pinnedSource } from '../sources/read.ts';

/** The daemon subsets the generator reads (sources/manifest.json). */
export const CHANGELOG_SOURCE = 'moby-daemon@b985e2313a8676e18072b442911fc8f64f17d440';
export const ROUTER_SOURCE = 'moby-daemon@v28.5.2';
/** A client whose gate stands in where the daemon's history is not in the pinned subsets. */
export const CLIENT_SOURCE = 'docker-py@7.1.0';
export const CHANGELOG_PATH = 'api/docs/CHANGELOG.md';
/** The routers of the release: `api/server/router/` (main moved them to `daemon/server/router/`). */
export const ROUTER_DIR = 'api/server/router/';

export interface DaemonSources {
  readonly changelog: PinnedSource;
  readonly routers: PinnedSource;
  readonly client: PinnedSource;
}

export type SourceOptions = Parameters<typeof pinnedSource>[1];

/** The subsets, checked against their SHA-256 sums; throws a UsageError when absent. */
export function daemonSources(options?: SourceOptions): DaemonSources {
  return {
    changelog: pinnedSource(CHANGELOG_SOURCE, options),
    routers: pinnedSource(ROUTER_SOURCE, options),
    client: pinnedSource(CLIENT_SOURCE, options),
  };
}

/** True when the subsets are on this machine (tests skip visibly otherwise). */
export function haveDaemonSources(options?: SourceOptions): boolean {
  try {
    daemonSources(options);
    return true;
  } catch {
    return false;
  }
}
