import { readFileSync } from 'node:fs';
import { packageRoot } from '../package-root.ts';

/** One pinned subset of an upstream repository, as listed in sources/manifest.json. */
export interface SourceEntry {
  /** `docker/docker-py`. */
  readonly repository: string;
  /** The tag or commit people name it by: `7.1.0`, `v28.5.2`. */
  readonly ref: string;
  /** The full commit the files were taken at. */
  readonly commit: string;
  /** Repository-relative path → lower-case hex SHA-256. */
  readonly files: Readonly<Record<string, string>>;
}

export interface SourcesManifest {
  /** URL template with `{repository}`, `{commit}` and `{path}`. */
  readonly rawUrl: string;
  /** By id, `<name>@<ref>`: `docker-py@7.1.0`, `moby-client@v24.0.9`. */
  readonly sources: Readonly<Record<string, SourceEntry>>;
}

export const sourcesRoot = `${packageRoot}sources/`;
export const sourcesCacheDir = `${sourcesRoot}cache/`;

let cached: SourcesManifest | undefined;

export function loadSourcesManifest(): SourcesManifest {
  cached ??= JSON.parse(readFileSync(`${sourcesRoot}manifest.json`, 'utf8')) as SourcesManifest;
  return cached;
}
