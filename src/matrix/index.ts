export type { DockerRelease } from './release-types.ts';
export { finalReleases, latestApi, latestRelease, releases } from './releases.ts';
export type { ApiRange, DockerLookup, ReleaseLine } from './resolve-docker.ts';
export { resolveDocker } from './resolve-docker.ts';
export type { ApiLookup, ReleaseRun } from './served-by.ts';
export { releasesServing, servesByDefault } from './served-by.ts';
