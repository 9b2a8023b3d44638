import type { DockerRelease } from '../matrix/index.ts';
import type { ResolvedTarget } from '../targets/index.ts';
import { podmanLacks, podmanTargetLines } from './engine-text.ts';

/** Release lines (`24.0`, `27.1`) of a fleet, each with its first and last release. */
export function releaseLines(
  releases: readonly DockerRelease[],
): { line: string; first: string; last: string }[] {
  const lines: { line: string; first: string; last: string }[] = [];
  for (const release of releases) {
    const line = release.name.split(/[.-]/).slice(0, 2).join('.');
    const current = lines[lines.length - 1];
    if (current?.line === line) current.last = release.name;
    else lines.push({ line, first: release.name, last: release.name });
  }
  return lines;
}

export function formatTargetText(target: ResolvedTarget): string {
  const out = [`Target ${target.from}`];
  if ((target.releases?.length ?? 0) > 0) {
    const lines = releaseLines(target.releases ?? []).map((entry) => entry.line);
    out.push(`  releases:        ${target.releases?.length ?? 0} (lines ${lines.join(', ')})`);
  }
  out.push(
    `  feature ceiling: API ${target.api} (code must not need anything newer without a version guard)`,
  );
  if (target.minApi !== undefined) out.push(`  highest minimum: API ${target.minApi}`);
  const podman = target.podman ?? [];
  if (target.pinWindow) {
    out.push(
      `  pin window:      API ${target.pinWindow.low} … ${target.pinWindow.high} (a pinned version works on every daemon)`,
    );
  } else if (target.emptyWindowReason) {
    out.push(`  pin window:      none: ${target.emptyWindowReason}`);
  } else if (target.versionPrefixHonoured === false) {
    out.push('  pin window:      any: Podman answers every /v1.NN/ prefix alike');
  } else {
    out.push(`  pin window:      up to API ${target.api} (the daemon's minimum is unknown)`);
  }
  out.push(...podmanTargetLines(podman));
  for (const warning of target.warnings) out.push(`  warning: ${warning}`);
  return `${out.join('\n')}\n`;
}

export function formatTargetJson(target: ResolvedTarget): string {
  return `${JSON.stringify({
    from: target.from,
    api: target.api,
    minApi: target.minApi ?? null,
    pinWindow: target.pinWindow ?? null,
    ...(target.emptyWindowReason && { emptyWindowReason: target.emptyWindowReason }),
    releases: releaseLines(target.releases),
    ...(target.podman && {
      podman: target.podman.map((release) => ({
        version: release.version,
        api: { max: release.api.max, min: release.api.min },
        versionPrefixRefused: false,
        notServed: podmanLacks(release).lacking,
      })),
    }),
    warnings: target.warnings,
  })}\n`;
}
