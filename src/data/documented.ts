import { loadManifest } from '../spec/manifest.ts';
import type { ElementFacts } from './element-types.ts';

/** The documented layer of an element with the spec file behind each fact. */
export interface DocumentedFacts {
  readonly since: string;
  readonly deprecated: string | null;
  readonly removed: string | null;
  /** `api/docs/v1.37.yaml@<commit>`: the definition at since, deprecated and removed. */
  readonly sources: readonly string[];
}

/** The element's spec facts, each cited by the upstream definition that shows it. */
export function documentedFacts(facts: ElementFacts): DocumentedFacts {
  const manifest = loadManifest();
  const cite = (version: string): string[] => {
    const entry = manifest.versions.find((candidate) => candidate.version === version);
    return entry ? [`${entry.upstreamPath}@${manifest.upstream.commit}`] : [];
  };
  const versions = [facts.since, facts.deprecated, facts.removed].filter((version) => version !== null);
  return {
    since: facts.since,
    deprecated: facts.deprecated,
    removed: facts.removed,
    sources: [...new Set(versions.flatMap(cite))],
  };
}
