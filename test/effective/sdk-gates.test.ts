import { describe, expect, test } from 'vitest';
import { dataVersions } from '../../src/data/api-versions.ts';
import { getElement } from '../../src/data/elements.ts';
import { effectiveSince } from '../../src/data/presence.ts';
import { type GateClaim, judgeClaim, readGateClaims } from '../../src/effective/gate-tables.ts';
import { dataDir } from '../../src/package-root.ts';
import { compareApiVersions } from '../../src/versions/api-version.ts';
import { GATE_DISAGREEMENTS } from './sdk-gate-disagreements.ts';

// The hook for the client gate tables, generated on their own branches into
// data/. Until a table lands it is skipped, visibly; set
// DOCKER_API_COMPAT_GATE_TABLES to a folder holding them to try unmerged ones.
const folder = process.env.DOCKER_API_COMPAT_GATE_TABLES ?? dataDir;
const { found, claims } = readGateClaims(folder);
if (found.length < 3)
  console.warn(
    `client gate cross-check: tables present: ${found.join(', ') || 'none'} (the others are SKIPPED)`,
  );

const verdict = (claim: GateClaim) =>
  judgeClaim(
    claim,
    (key) => {
      const facts = getElement(key);
      return facts && { since: effectiveSince(facts), ...(facts.facts ? { facts: facts.facts } : {}) };
    },
    dataVersions().versions[0] ?? '1.24',
    compareApiVersions,
  );

/** Whether a verdict counts: the CLI gates whole commands, so only its laxer gates do. */
const counts = (claim: GateClaim, judged: string): boolean =>
  judged !== 'agree' && !(claim.table === 'docker-cli' && judged === 'stricter');

describe.each(['go-sdk', 'docker-py', 'docker-cli'])('%s gates against the effective layer', (table) => {
  const mine = claims.filter((claim) => claim.table === table);
  test.skipIf(!found.includes(table))('every gate names a known element', () => {
    for (const claim of mine) expect(verdict(claim), claim.key).not.toBe('unknown');
  });

  test.skipIf(!found.includes(table))('every disagreement is listed with its reason', () => {
    const disagreeing = new Set(
      mine
        .filter((claim) => counts(claim, verdict(claim)))
        .map((claim) => `${table} ${claim.at} ${claim.key}`),
    );
    const listed = Object.keys(GATE_DISAGREEMENTS).filter((id) => id.startsWith(`${table} `));
    expect([...disagreeing].sort()).toEqual(listed.sort());
    const agree = mine.filter((claim) => verdict(claim) === 'agree').length;
    console.info(`${table}: ${agree} of ${mine.length} gates agree with the effective layer`);
  });
});

describe('judgeClaim', () => {
  const lookup = (key: string) =>
    key === 'POST /x body:A'
      ? { since: '1.30', facts: [{ kind: 'honoured-since', version: '1.42' }] }
      : undefined;
  const judge = (version: string) =>
    judgeClaim({ table: 't', key: 'POST /x body:A', version, at: '' }, lookup, '1.24', compareApiVersions);

  test.each([
    ['1.30', 'agree'],
    ['1.42', 'agree'],
    ['1.31', 'stricter'],
    ['1.29', 'laxer'],
  ])('a gate at %s: %s', (version, expected) => {
    expect(judge(version)).toBe(expected);
  });

  test('unknown keys are reported as such', () => {
    expect(
      judgeClaim(
        { table: 't', key: 'GET /nope', version: '1.30', at: '' },
        lookup,
        '1.24',
        compareApiVersions,
      ),
    ).toBe('unknown');
  });
});
