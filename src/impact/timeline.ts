import { dataVersions } from '../data/api-versions.ts';
import { finalReleases } from '../matrix/releases.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import type { TimelineEntry } from './report-types.ts';

/** Every API version the data knows, with the first release that made it the newest, and the span marked. */
export function timeline(from: string, to: string): TimelineEntry[] {
  const [low, high] = compareApiVersions(from, to) <= 0 ? [from, to] : [to, from];
  const firstRelease = new Map<string, string>();
  for (const release of finalReleases()) {
    if (!firstRelease.has(release.maxApi)) firstRelease.set(release.maxApi, release.name);
  }
  return dataVersions().versions.map((api) => ({
    api,
    docker: firstRelease.get(api) ?? null,
    inSpan: compareApiVersions(low, api) <= 0 && compareApiVersions(api, high) <= 0,
    mark: api === from && api === to ? 'both' : api === from ? 'from' : api === to ? 'to' : null,
  }));
}
