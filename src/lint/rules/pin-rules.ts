import { compareApiVersions } from '../../versions/api-version.ts';
import type { Target } from '../target.ts';
import type { Draft, Site } from './draft.ts';

/**
 * api-version-unsupported: a pinned version outside the target's pin window:
 * above its maximum, below its default minimum, or any pin at all when the
 * fleet has no common version.
 */
export function checkPin(
  site: Site,
  pin: string,
  element: string,
  target: Target,
  defaultOf?: string,
): Draft[] {
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
  if (compareApiVersions(pin, target.api) > 0) {
    return [
      {
        ...base,
        rule: 'api-version-unsupported',
        requires: pin,
        args: {
          rule: 'api-version-unsupported',
          pin,
          problem: 'above-max',
          limit: target.api,
          ...(defaultOf && { defaultOf }),
        },
      },
    ];
  }
  if (target.minApi !== undefined && compareApiVersions(pin, target.minApi) < 0) {
    return [
      {
        ...base,
        rule: 'api-version-unsupported',
        args: {
          rule: 'api-version-unsupported',
          pin,
          problem: 'below-min',
          limit: target.minApi,
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
