import { compareApiVersions } from '../../versions/api-version.ts';
import type { Target } from '../target.ts';
import type { Draft, Site } from './draft.ts';

/**
 * api-version-unsupported: a pinned version outside the target's pin window:
 * above its maximum, below its default minimum, or any pin at all when the
 * fleet has no common version. Engines that refuse no prefix (Podman) leave
 * the limits to the rest of the fleet; alone, they have none.
 */
export function checkPin(
  site: Site,
  pin: string,
  element: string,
  target: Target,
  defaultOf?: string,
): Draft[] {
  if (target.versionPrefixHonoured === false) return [];
  const high = target.pinWindow?.high ?? target.api;
  const low = target.pinWindow?.low ?? target.minApi;
  const base = {
    file: site.file,
    line: site.line,
    column: site.column,
    element,
    target: target.api,
    targetFrom: target.from,
  };
  if (target.pinWindow === null && target.emptyWindowReason !== undefined) {
    return [
      {
        ...base,
        rule: 'api-version-unsupported',
        args: {
          rule: 'api-version-unsupported',
          pin,
          problem: 'no-window',
          reason: target.emptyWindowReason,
        },
      },
    ];
  }
  if (compareApiVersions(pin, high) > 0) {
    return [
      {
        ...base,
        rule: 'api-version-unsupported',
        requires: pin,
        args: {
          rule: 'api-version-unsupported',
          pin,
          problem: 'above-max',
          limit: high,
          ...(defaultOf && { defaultOf }),
        },
      },
    ];
  }
  if (low !== undefined && compareApiVersions(pin, low) < 0) {
    return [
      {
        ...base,
        rule: 'api-version-unsupported',
        args: {
          rule: 'api-version-unsupported',
          pin,
          problem: 'below-min',
          limit: low,
          ...(defaultOf && { defaultOf }),
        },
      },
    ];
  }
  return [];
}

/** api-unversioned: a request without a `/v1.NN/` prefix is served at whatever the daemon's newest API is. */
export function checkUnversioned(site: Site, element: string, target: Target): Draft[] {
  return [
    {
      file: site.file,
      line: site.line,
      column: site.column,
      element,
      target: target.api,
      targetFrom: target.from,
      rule: 'api-unversioned',
      args: { rule: 'api-unversioned' },
    },
  ];
}
