import { dataVersions } from '../data/api-versions.ts';
import { FILE_ROLES } from '../lint/roles.ts';
import type { FileRole } from '../lint/usage.ts';
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
  /** The file roles answered for (default: source). */
  readonly roles: readonly FileRole[];
  /** What the files of the other roles need, apart: tests and docs often ask more than the code ships. */
  readonly apart: readonly { readonly role: FileRole; readonly api: string; readonly usages: number }[];
}

/** The answer for the usages of the given roles (default: source code), and the other roles' needs apart. */
export function computeNeeds(
  code: readonly CodeUsage[],
  roles: readonly FileRole[] = ['source'],
): NeedsReport {
  const floor = dataVersions().versions[0] ?? '1.24';
  const roleOf = (usage: CodeUsage) => usage.role ?? 'source';
  const usages = code.filter((usage) => roles.includes(roleOf(usage)));
  const apart = FILE_ROLES.filter((role) => !roles.includes(role)).flatMap((role) => {
    const of = code.filter((usage) => roleOf(usage) === role);
    if (of.length === 0) return [];
    const api = of
      .flatMap((usage) => reasonOf(usage, floor) ?? [])
      .reduce((max, r) => maxApiVersion(max, r.requires), floor);
    return [{ role, api, usages: of.length }];
  });
  const because = usages.flatMap((usage) => reasonOf(usage, floor) ?? []).sort(compareReasons);
  const api = because.reduce((max, reason) => maxApiVersion(max, reason.requires), floor);
  const all = finalReleases();
  const servedBy = releaseRuns(all, (release) => usages.every((usage) => servesUsage(release, usage)));
  const first = servedBy[0];
  const latest = all[all.length - 1]?.name;
  return {
    api,
    docker: { oldest: first?.from ?? null, newest: first && first.to !== latest ? first.to : null },
    because,
    servedBy,
    usages: usages.length,
    roles,
    apart,
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
