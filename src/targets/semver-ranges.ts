import { createRequire } from 'node:module';
import type { satisfies, validRange } from 'semver';

/** The two semver functions version ranges need. */
export interface SemverRanges {
  readonly satisfies: typeof satisfies;
  readonly validRange: typeof validRange;
}

let loaded: SemverRanges | undefined;

/**
 * semver's range code costs more to load than the release data, and only
 * range queries (`>=24`, `^27`) need it: it is required on first use, and
 * so is the require function, which start-up need not build.
 */
export function semverRanges(): SemverRanges {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  loaded = {
    satisfies: require('semver/functions/satisfies.js'),
    validRange: require('semver/ranges/valid.js'),
  };
  return loaded;
}
