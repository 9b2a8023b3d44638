import { describe, expect, test } from 'vitest';
import { getElement } from '../../src/data/elements.ts';
import type { ElementHistory } from '../../src/data/history-types.ts';
import { deriveEffective } from '../../src/effective/generate.ts';
import { parseRouterGates } from '../../src/effective/router-gates.ts';
import {
  CHANGELOG_PATH,
  type DaemonSources,
  daemonSources,
  haveDaemonSources,
  ROUTER_DIR,
} from '../../src/effective/sources.ts';
import { TABLE } from '../../src/effective/table.ts';

const present = haveDaemonSources();
if (!present)
  console.warn('effective generator tests SKIPPED: the pinned moby-daemon sources are not on this machine');

/** Histories for every key the table names, as the committed data has them. */
function histories(): ElementHistory[] {
  const keys = new Set(TABLE.flatMap((entry) => entry.keys));
  return [...keys].sort().map((key) => {
    const facts = getElement(key);
    if (!facts) throw new Error(`unknown ${key}`);
    const { effective: _effective, facts: _facts, ...documented } = facts;
    return { ...documented, changes: [] };
  });
}

/** The real sources with one file's text rewritten. */
function tampered(sources: DaemonSources, path: string, edit: (text: string) => string): DaemonSources {
  const wrap = (source: DaemonSources['changelog']): DaemonSources['changelog'] => ({
    ...source,
    read: (file) => (file === path ? edit(source.read(file)) : source.read(file)),
  });
  return { changelog: wrap(sources.changelog), routers: wrap(sources.routers), client: wrap(sources.client) };
}

describe.skipIf(!present)('deriveEffective on the pinned sources', () => {
  const sources = present ? daemonSources() : (undefined as unknown as DaemonSources);

  test('every table entry checks out, and HostConfig.Init is effective from 1.25', () => {
    const derived = deriveEffective(histories(), sources);
    expect(derived.get('POST /containers/create body:HostConfig.Init')?.effective).toEqual({
      since: '1.25',
      removed: null,
      sources: [sources.changelog.cite(CHANGELOG_PATH, 938)],
    });
    expect(derived.get('POST /networks/create body:EnableIPv4')?.effective?.sources).toEqual([
      sources.routers.cite(`${ROUTER_DIR}network/network_routes.go`, 218),
    ]);
  });

  test('a changed changelog line fails the build, naming the line', () => {
    const broken = tampered(sources, CHANGELOG_PATH, (text) => {
      const lines = text.split('\n');
      lines[937] = `${lines[937]} (reworded)`;
      return lines.join('\n');
    });
    expect(() => deriveEffective(histories(), broken)).toThrow(/CHANGELOG\.md:938 changed/);
  });

  test('a moved router gate fails the build', () => {
    const path = `${ROUTER_DIR}network/network_routes.go`;
    const broken = tampered(sources, path, (text) => `// moved\n${text}`);
    expect(() => deriveEffective(histories(), broken)).toThrow(/network_routes\.go:218 changed/);
  });

  test('an entry for an element the specs no longer have fails the build', () => {
    const known = histories().filter((history) => history.key !== 'POST /session');
    expect(() => deriveEffective(known, sources)).toThrow(/unknown element POST \/session/);
  });

  test('the v28.5.2 routers: every gate has a version, the table cites real ones', () => {
    const gates = sources.routers.paths
      .filter((path) => path.startsWith(ROUTER_DIR) && path.endsWith('.go'))
      .flatMap((path) => parseRouterGates(path, sources.routers.read(path)));
    expect(gates.length).toBeGreaterThan(80);
    for (const gate of gates) expect(gate.version).toMatch(/^1\.\d+$/);
    expect(gates).toContainEqual(
      expect.objectContaining({
        file: `${ROUTER_DIR}network/network_routes.go`,
        line: 218,
        version: '1.48',
        handler: 'postNetworkCreate',
        touches: expect.arrayContaining(['EnableIPv4']),
      }),
    );
  });
});
