import { readFileSync } from 'node:fs';
import type { EngineTarget, NotServed } from '../../lint/target.ts';
import { dataDir } from '../../package-root.ts';
import type { PodmanDataFile, PodmanRelease } from './types.ts';

let cache: readonly PodmanRelease[] | undefined;

/** The Podman releases of data/engines/podman.json, oldest first (loaded on first use). */
export function podmanReleases(): readonly PodmanRelease[] {
  cache ??= (JSON.parse(readFileSync(`${dataDir}engines/podman.json`, 'utf8')) as PodmanDataFile).releases;
  return cache;
}

/** What api-not-served needs of one release: the operations it does not serve, both ways of asking. */
export function podmanEngineTarget(release: PodmanRelease): EngineTarget {
  const notServed = new Map<string, NotServed>();
  for (const entry of release.refused) notServed.set(entry.op, { answer: 'refused', status: entry.status });
  for (const entry of release.missing) notServed.set(entry.op, { answer: 'missing', status: entry.status });
  const notServedUnversioned = new Map(notServed);
  for (const entry of release.unversioned) {
    if (entry.answer === 'routed') notServedUnversioned.delete(entry.op);
    else notServedUnversioned.set(entry.op, { answer: entry.answer, status: entry.status });
  }
  const servedSince = new Map<string, string>();
  const servedSinceUnversioned = new Map<string, string>();
  for (const later of podmanReleases()) {
    const unversioned = new Map(later.unversioned.map((entry) => [entry.op, entry.answer]));
    for (const { op } of later.routed) {
      if (!servedSince.has(op)) servedSince.set(op, later.version);
      const routedUnversioned = (unversioned.get(op) ?? 'routed') === 'routed';
      if (routedUnversioned && !servedSinceUnversioned.has(op)) servedSinceUnversioned.set(op, later.version);
    }
  }
  return {
    engine: 'Podman',
    version: release.version,
    notServed,
    notServedUnversioned,
    servedSince,
    servedSinceUnversioned,
  };
}
