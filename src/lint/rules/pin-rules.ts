import { compareApiVersions } from '../../versions/api-version.ts';
import type { Target } from '../target.ts';
import type { Draft, Site } from './draft.ts';

/**
 * api-version-unsupported: a pinned version outside what the target serves
 * by default: above its maximum, or below its default minimum.
 */
export function checkPin(site: Site, pin: string, element: string, target: Target): Draft[] {
  const base = {
    file: site.file,
    line: site.line,
    column: site.column,
    element,
    target: target.api,
    targetFrom: target.from,
  };
  if (compareApiVersions(pin, target.api) > 0) {
    return [
      {
        ...base,
        rule: 'api-version-unsupported',
        requires: pin,
        args: { rule: 'api-version-unsupported', pin, problem: 'above-max', limit: target.api },
      },
    ];
  }
  if (target.minApi !== undefined && compareApiVersions(pin, target.minApi) < 0) {
    return [
      {
        ...base,
        rule: 'api-version-unsupported',
        args: { rule: 'api-version-unsupported', pin, problem: 'below-min', limit: target.minApi },
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
