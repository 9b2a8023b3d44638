import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateData } from '../../src/diff/build-data.ts';
import { haveDaemonSources } from '../../src/effective/sources.ts';
import { dataDir } from '../../src/package-root.ts';
import { specsDir } from '../../src/spec/locate.ts';

// The specs are not part of the package: they come from the spec cache or a
// local mirror (DOCKER_API_SPECS_DIR, or the shared folder beside the checkout).
const specs = specsDir();
if (!specs) {
  console.warn(
    'rebuild test SKIPPED: no Engine API specs found (run `npm run specs:sync` or set DOCKER_API_SPECS_DIR)',
  );
}

// The effective layer comes from the pinned daemon sources (../shared/sources
// beside the checkout, DOCKER_API_COMPAT_SOURCES_DIR, or `npm run sources:sync`).
const sources = haveDaemonSources();
if (!sources) {
  console.warn('rebuild test SKIPPED: the pinned moby-daemon sources are not on this machine');
}

describe('data/ is what the specs and the pinned daemon sources produce', () => {
  test.skipIf(!specs || !sources)(
    'rebuilding gives byte-identical files, effective.json included',
    async () => {
      const { files } = await generateData(specs);
      expect(Object.keys(files)).toContain('effective.json');
      for (const [name, text] of Object.entries(files)) {
        expect(
          text === readFileSync(join(dataDir, name), 'utf8'),
          `data/${name} differs from a rebuild`,
        ).toBe(true);
      }
    },
    180_000,
  );
});
