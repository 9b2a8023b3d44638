import { loadManifest } from '../spec/manifest.ts';

/** Data older than this many months earns a warning: Docker ships a release about every month. */
const STALE_AFTER_MONTHS = 6;

/** Set to `1` to silence the warning (for pinned tool versions on purpose). */
export const NO_STALE_WARNING_ENV = 'DOCKER_API_COMPAT_NO_STALE_WARNING';

/**
 * A warning when the data was taken from upstream more than six months ago,
 * as browserslist warns about an old caniuse-lite; undefined otherwise.
 */
export function staleDataWarning(
  now: Date = new Date(),
  env: NodeJS.ProcessEnv = process.env,
  dataDate: string | undefined = loadManifest().upstream.date,
): string | undefined {
  const silenced = env[NO_STALE_WARNING_ENV];
  if (dataDate === undefined || (silenced !== undefined && silenced !== '' && silenced !== '0')) return;
  const limit = new Date(`${dataDate}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() + STALE_AFTER_MONTHS);
  if (now.getTime() <= limit.getTime()) return;
  return `the Docker API data is from ${dataDate}, more than ${STALE_AFTER_MONTHS} months old: update docker-api-compat for newer releases (${NO_STALE_WARNING_ENV}=1 silences this)`;
}
