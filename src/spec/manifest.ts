import { readFileSync } from 'node:fs';
import { packageRoot } from '../package-root.ts';

/** One API version's upstream definition as pinned in specs/manifest.json. */
export interface ManifestEntry {
  /** API version, `1.41`. */
  readonly version: string;
  /** File name in a spec folder (cache or mirror), `v1.41.yaml`. */
  readonly file: string;
  /** Path inside the upstream repository at the pinned commit. */
  readonly upstreamPath: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** `markdown` only for 1.24, which has no Swagger definition. */
  readonly format: 'markdown' | 'swagger';
  /** The version under development at the pinned commit; no release serves it yet. */
  readonly unreleased?: boolean;
}

export interface SpecManifest {
  readonly upstream: {
    readonly repository: string;
    readonly commit: string;
    /** Commit date of `commit` (YYYY-MM-DD): how old the facts in data/ are. */
    readonly date?: string;
    /** URL template with `{commit}` and `{path}` placeholders. */
    readonly rawUrl: string;
  };
  /** In version order, oldest first. */
  readonly versions: readonly ManifestEntry[];
}

export const specsRoot: string = `${packageRoot}specs/`;
export const specsCacheDir: string = `${specsRoot}cache/`;

let cached: SpecManifest | undefined;

/** The committed manifest; read once per process. */
export function loadManifest(): SpecManifest {
  cached ??= JSON.parse(readFileSync(`${specsRoot}manifest.json`, 'utf8')) as SpecManifest;
  return cached;
}

/** Where the pinned upstream commit serves one entry's file. */
export function upstreamUrl(manifest: SpecManifest, entry: ManifestEntry): string {
  return manifest.upstream.rawUrl
    .replace('{commit}', manifest.upstream.commit)
    .replace('{path}', entry.upstreamPath);
}
