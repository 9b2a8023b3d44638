import type { BehaviourFact } from '../data/element-types.ts';
import type { PinnedSource } from '../sources/read.ts';
import type { ChangelogBullet } from './changelog.ts';
import { CHANGELOG_PATH } from './sources.ts';

// The changelog's own words for a change that applies to every API version.
const UNVERSIONED = /\bnot versioned\b|_unversioned_|\bunversioned\b/i;

/**
 * `unversioned-change` facts, read mechanically: every bullet that says its
 * change is not versioned, on each operation it names. The version is the
 * section that notes it (the daemon release that made the change).
 */
export function unversionedFacts(
  bullets: readonly ChangelogBullet[],
  findOperation: (endpoint: string) => string | undefined,
  changelog: PinnedSource,
): [key: string, fact: BehaviourFact][] {
  const facts: [string, BehaviourFact][] = [];
  for (const bullet of bullets) {
    if (!UNVERSIONED.test(bullet.text)) continue;
    const operations = new Set(bullet.endpoints.map(findOperation).filter((key) => key !== undefined));
    for (const key of operations) {
      facts.push([
        key,
        {
          kind: 'unversioned-change',
          version: bullet.version,
          source: changelog.cite(CHANGELOG_PATH, bullet.line),
        },
      ]);
    }
  }
  return facts;
}
