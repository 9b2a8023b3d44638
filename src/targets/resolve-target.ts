import { UsageError } from '../errors.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import { knownApiVersion } from './api-bounds.ts';
import { releasesOfFleet } from './fleet.ts';
import type { ResolvedTarget } from './target.ts';
import { fleetWindow } from './window.ts';

export interface TargetOptions {
  /** `--target <api>`: a bare API version. */
  readonly api?: string;
  /** `--docker <query>`, possibly several. */
  readonly docker?: readonly string[];
  /** `--min-api-override <api>`: daemons configured with a lower (or higher) minimum. */
  readonly minApiOverride?: string;
}

/** Resolves the CLI's target options (or the same from configuration) to a Target. */
export function resolveTarget(options: TargetOptions): ResolvedTarget {
  const docker = options.docker ?? [];
  if (options.api !== undefined && docker.length > 0) {
    throw new UsageError('give either --target <api> or --docker <version>, not both');
  }
  const override =
    options.minApiOverride === undefined
      ? undefined
      : knownApiVersion(options.minApiOverride, '--min-api-override');
  if (options.api !== undefined) {
    const api = knownApiVersion(options.api, '--target');
    const low = override;
    if (low && compareApiVersions(low, api) > 0) {
      throw new UsageError(`--min-api-override ${low} is above the target ${api}`);
    }
    return {
      api,
      ...(low && { minApi: low }),
      pinWindow: low ? { low, high: api } : null,
      from: `--target ${api}`,
      releases: [],
      warnings: [],
    };
  }
  if (docker.length === 0) throw new UsageError('name a target: --target <api> or --docker <version>');
  const releases = releasesOfFleet(docker);
  const window = fleetWindow(releases, override);
  return {
    api: window.ceiling,
    minApi: window.floor,
    pinWindow: window.pinWindow,
    ...(window.emptyWindowReason && { emptyWindowReason: window.emptyWindowReason }),
    from: docker.map((query) => `--docker ${query}`).join(' '),
    releases,
    warnings: [],
  };
}
