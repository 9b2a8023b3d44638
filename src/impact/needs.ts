import { dataVersions } from '../data/api-versions.ts';
import { finalReleases } from '../matrix/releases.ts';
import type { ReleaseRun } from '../matrix/served-by.ts';
import { maxApiVersion } from '../versions/api-version.ts';
import type { CodeUsage } from './code-usage.ts';
import { compareReasons, type Reason, reasonOf } from './requirement.ts';
import { type ServedRange, servesUsage } from './runs-on.ts';

/** A usage a daemon does not serve. */
export interface Unserved {
  readonly file: string;
  readonly line: number;
  readonly element: string;
}

/** How a live daemon (`--daemon`) fares against the code. */
export interface DaemonVerdict {
  /** How the daemon was named: `--daemon unix:///var/run/docker.sock`. */
  readonly from: string;
  readonly maxApi: string;
  readonly minApi: string;
  readonly serves: boolean;
  readonly unserved: readonly Unserved[];
}

/**
 * What code needs from a daemon. `docker.oldest` is the first final release
 * that serves every usage with default settings; `docker.newest` the last
 * release of the unbroken run from there (null when that run reaches the
 * newest known release). `servedBy` lists every run, so a gap (29.0–29.2
 * refusing old pins) and the releases after it stay visible.
 */
export interface NeedsReport {
  /** The lowest API version the code runs on: the highest requirement among its usages. */
  readonly api: string;
  readonly docker: { readonly oldest: string | null; readonly newest: string | null };
  /** What forces each usage that needs more than the data's oldest version, most demanding first. */
  readonly because: readonly Reason[];
  readonly servedBy: readonly ReleaseRun[];
  readonly usages: number;
  readonly daemon?: DaemonVerdict;
}

export function computeNeeds(usages: readonly CodeUsage[]): NeedsReport {
  const floor = dataVersions().versions[0] ?? '1.24';
  const because = usages.flatMap((usage) => reasonOf(usage, floor) ?? []).sort(compareReasons);
  const api = because.reduce((max, reason) => maxApiVersion(max, reason.requires), floor);
  const all = finalReleases();
  // Every release is checked against every usage: against each distinct one only, a file
  // repeating one request 100k times costs what one request costs.
  const distinct = distinctUsages(usages);
  const servedBy = releaseRuns(all, (release) => distinct.every((usage) => servesUsage(release, usage)));
  const first = servedBy[0];
  const latest = all[all.length - 1]?.name;
  return {
    api,
    docker: { oldest: first?.from ?? null, newest: first && first.to !== latest ? first.to : null },
    because,
    servedBy,
    usages: usages.length,
  };
}

/** Checks a live daemon's range against every usage. */
export function daemonVerdict(
  usages: readonly CodeUsage[],
  daemon: ServedRange & { from: string },
): DaemonVerdict {
  const unserved = usages
    .filter((usage) => !servesUsage(daemon, usage))
    .map(({ file, line, element }) => ({ file, line, element }));
  return {
    from: daemon.from,
    maxApi: daemon.maxApi,
    minApi: daemon.minApi,
    serves: unserved.length === 0,
    unserved,
  };
}

/** One usage per distinct question a daemon is asked: its kind, pin and candidate elements. */
function distinctUsages(usages: readonly CodeUsage[]): CodeUsage[] {
  const byNeed = new Map<string, CodeUsage>();
  for (const usage of usages) {
    const elements = usage.candidates.map((candidate) =>
      candidate.elements.map((facts) => facts.key).join(','),
    );
    const key = `${usage.kind}|${usage.pin ?? ''}|${elements.join(';')}`;
    if (!byNeed.has(key)) byNeed.set(key, usage);
  }
  return [...byNeed.values()];
}

function releaseRuns<T extends { name: string }>(
  all: readonly T[],
  keep: (release: T) => boolean,
): ReleaseRun[] {
  const runs: ReleaseRun[] = [];
  let open: { from: string; to: string } | undefined;
  for (const release of all) {
    if (!keep(release)) {
      open = undefined;
      continue;
    }
    if (open) open.to = release.name;
    else {
      open = { from: release.name, to: release.name };
      runs.push(open);
    }
  }
  return runs;
}
