/** One Docker release and the API versions it serves. */
export interface DockerRelease {
  /** Release name as upstream tags it: `27.1.2`, `17.03.1-ce`, `18.09.0-ce-tp0`. */
  readonly name: string;
  /** SemVer form used for ordering and ranges: `17.3.1`, `18.9.0-tp0`. */
  readonly semver: string;
  /** Highest API version the release serves. */
  readonly maxApi: string;
  /** Lowest API version it serves without configuration (its default minimum). */
  readonly minApi: string;
  /** Lowest minimum an operator can configure (DOCKER_MIN_API_VERSION), where the release allows it. */
  readonly configurableMinApi: string | null;
  readonly prerelease: boolean;
  /** Numeric parts of the name, for matching what users type. */
  readonly parts: {
    readonly major: number;
    readonly minor: number;
    readonly patch: number;
    readonly pre?: string;
  };
}

/**
 * The shape of data/docker-releases.json.
 * - `releases`: `[name, maxApi, defaultMinApi]` rows in version order.
 * - `configurableMinApi`: from release `since` on, a daemon's minimum can be
 *   lowered to `lowest` through the named setting.
 */
export interface ReleasesFile {
  readonly generated: string;
  readonly configurableMinApi: readonly { since: string; lowest: string; settings: readonly string[] }[];
  readonly releases: readonly (readonly [name: string, maxApi: string, minApi: string])[];
}
