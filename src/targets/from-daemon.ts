import type { DaemonProbe } from '../daemon/probe.ts';
import { isUsageError } from '../errors.ts';
import { releases } from '../matrix/index.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import { podmanFleet } from './podman.ts';
import type { ResolvedTarget } from './target.ts';
import { withPodman } from './with-podman.ts';

/**
 * The target a live daemon stands for: exactly the API range it serves, as it
 * says itself, whatever the release data knows of its version. A daemon newer
 * than the data, or another engine, still gives a full target, with a warning.
 */
export function targetFromDaemon(probe: DaemonProbe): ResolvedTarget {
  if (probe.engine === 'podman') return podmanDaemonTarget(probe);
  const known = probe.known;
  const release =
    known.kind === 'release' ? releases().find((entry) => entry.name === known.docker) : undefined;
  const windowOk = compareApiVersions(probe.minApi, probe.api) <= 0;
  return {
    api: probe.api,
    minApi: probe.minApi,
    pinWindow: windowOk ? { low: probe.minApi, high: probe.api } : null,
    ...(!windowOk && {
      emptyWindowReason: `the daemon at ${probe.host} reports a minimum API ${probe.minApi} above its maximum ${probe.api}`,
    }),
    from: `--daemon ${probe.host}`,
    releases: release ? [release] : [],
    warnings: warningsOf(probe),
  };
}

/**
 * A live Podman: its data release (the nearest below its version when the
 * data lacks it) for what it does not serve, the range it reports for the rest.
 */
function podmanDaemonTarget(probe: DaemonProbe): ResolvedTarget {
  let fleet: ReturnType<typeof podmanFleet> | undefined;
  try {
    fleet = podmanFleet([probe.engineVersion.replace(/[-+].*$/, '')]);
  } catch (error) {
    if (!isUsageError(error)) throw error;
  }
  const from = `--daemon ${probe.host}`;
  const warnings = fleet
    ? fleet.warnings
    : [
        `Podman ${probe.engineVersion} at ${probe.host} is not in the data: checking against the API range it reports`,
      ];
  const target = withPodman(undefined, fleet?.releases ?? [], from, warnings);
  return { ...target, api: probe.api, minApi: probe.minApi };
}

function warningsOf(probe: DaemonProbe): string[] {
  const known = probe.known;
  switch (known.kind) {
    case 'release':
      return [...known.differences];
    case 'newer':
      return [
        `Docker ${probe.docker} at ${probe.host} is newer than the data (latest known: ${known.latest}); update docker-api-compat (npm install docker-api-compat@latest) for newer releases`,
      ];
    case 'other-engine':
      return [`${probe.host} is ${known.engine}, not Docker: checking against the API range it reports`];
    case 'unknown':
      return [`${known.reason}; checking against the API range the daemon reports`];
  }
}
