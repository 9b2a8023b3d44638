import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateData } from '../../src/diff/build-data.ts';
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

describe('data/ is what the specs produce', () => {
  test.skipIf(!specs)(
    'rebuilding from the specs gives byte-identical files',
    async () => {
      const { files } = await generateData(specs);
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
