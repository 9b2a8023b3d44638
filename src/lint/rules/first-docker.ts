import { finalReleases } from '../../matrix/index.ts';
import { compareApiVersions } from '../../versions/api-version.ts';

const cache = new Map<string, string | undefined>();

/** The first final Docker release whose maximum API is at least `api`: the way out in messages. */
export function firstDockerServing(api: string): string | undefined {
  if (!cache.has(api)) {
    cache.set(api, finalReleases().find((release) => compareApiVersions(release.maxApi, api) >= 0)?.name);
  }
  return cache.get(api);
}
