import { describe, expect, test } from 'vitest';
import { getElement } from '../../src/data/elements.ts';
import { effectiveSince } from '../../src/data/presence.ts';
import { changelogAdditions } from '../../src/effective/additions.ts';
import { parseChangelog } from '../../src/effective/changelog.ts';
import { CHANGELOG_PATH, daemonSources, haveDaemonSources } from '../../src/effective/sources.ts';
import { storeIndex } from '../../src/effective/store-index.ts';
import { DISAGREEMENTS } from './changelog-disagreements.ts';

const present = haveDaemonSources();
if (!present)
  console.warn('changelog agreement SKIPPED: the pinned moby-daemon sources are not on this machine');

// The changelog states about 120 additions for 1.25–1.52 in a form the
// extractor reads with confidence (src/effective/additions.ts). The effective
// layer must date at least 95% of them as the changelog does; the rest are
// listed with their reasons.
describe.skipIf(!present)('the changelog agrees with the effective layer', () => {
  const bullets = present ? parseChangelog(daemonSources().changelog.read(CHANGELOG_PATH)) : [];
  const additions = changelogAdditions(bullets, storeIndex());
  const rows = additions.map((addition) => {
    const facts = getElement(addition.key);
    if (!facts) throw new Error(`unknown element ${addition.key}`);
    return { ...addition, documented: facts.since, effective: effectiveSince(facts) };
  });
  const disagreeing = rows.filter((row) => row.effective !== row.version);
  const share = (count: number): number => Math.round((count / rows.length) * 1000) / 10;

  test('about 120 high-confidence additions are read', () => {
    expect(rows.length).toBeGreaterThanOrEqual(110);
  });

  test('at least 95% agree with the effective since (the documented since agrees less)', () => {
    const effective = share(rows.length - disagreeing.length);
    const documented = share(rows.filter((row) => row.documented === row.version).length);
    console.info(
      `changelog additions 1.25-1.52: ${rows.length}; agree with effective since ${effective}%, with documented since ${documented}%`,
    );
    expect(effective).toBeGreaterThanOrEqual(95);
    expect(documented).toBeLessThan(effective);
  });

  test('every disagreement is listed with its reason, and every listed one still disagrees', () => {
    const found = disagreeing.map((row) => `${row.line} ${row.key}`).sort();
    const listed = DISAGREEMENTS.map((entry) => `${entry.line} ${entry.key}`).sort();
    expect(found).toEqual(listed);
    for (const entry of DISAGREEMENTS) expect(entry.reason.length).toBeGreaterThan(20);
  });
});
