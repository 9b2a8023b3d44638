import { effectiveSince, servedIn } from '../data/presence.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import type { CodeUsage } from './code-usage.ts';

/** What a daemon serves by default: a Docker release, or a live daemon's own answer. */
export interface ServedRange {
  readonly minApi: string;
  readonly maxApi: string;
}

export function servesVersion(daemon: ServedRange, api: string): boolean {
  return compareApiVersions(daemon.minApi, api) <= 0 && compareApiVersions(api, daemon.maxApi) <= 0;
}

/**
 * Whether a daemon serves one usage with its default settings.
 * - A pin (setting or `/v1.NN/` prefix) must be inside the daemon's range.
 * - A pinned request is served with the pin's semantics, so later removals do
 *   not touch it; its elements need only be known to the daemon.
 * - An unpinned request is served at the daemon's newest version: every
 *   element of some candidate must be present there (not yet removed).
 */
export function servesUsage(daemon: ServedRange, usage: CodeUsage): boolean {
  if (usage.pin !== undefined && !servesVersion(daemon, usage.pin)) return false;
  if (usage.kind === 'pin') return true;
  return usage.candidates.some((candidate) =>
    candidate.elements.every((facts) =>
      usage.pin !== undefined
        ? compareApiVersions(effectiveSince(facts), daemon.maxApi) <= 0
        : servedIn(facts, daemon.maxApi),
    ),
  );
}
