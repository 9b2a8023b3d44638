import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NormalizedSpec } from '../data/element-types.ts';
import { ensureSpecs } from './locate.ts';
import { loadManifest } from './manifest.ts';
import { normalizeSwagger } from './normalize.ts';
import { parseV124Markdown } from './v124-markdown.ts';

export { formatElementKey as elementKey } from '../data/element-key.ts';
export { ensureSpecs, specsDir, verifyDir } from './locate.ts';
export { loadManifest, type ManifestEntry, type SpecManifest, specsCacheDir } from './manifest.ts';
export { normalizeDocument, normalizeSwagger } from './normalize.ts';
export { mirrorDir, SPECS_DIR_ENV, type SyncOptions, type SyncResult, syncSpecs } from './sync.ts';
export { parseV124Markdown } from './v124-markdown.ts';

/**
 * Every manifest version's elements, oldest first, from verified spec files
 * (`dir`, else the cache, else the mirror; see `ensureSpecs`). The Markdown
 * version (1.24) is read with the next version's spec as its reference.
 */
export async function loadNormalizedSpecs(dir?: string): Promise<NormalizedSpec[]> {
  const folder = await ensureSpecs(dir);
  const entries = loadManifest().versions;
  const swagger = new Map<string, NormalizedSpec>();
  for (const entry of entries) {
    if (entry.format !== 'swagger') continue;
    swagger.set(entry.version, await normalizeSwagger(entry.version, join(folder, entry.file)));
  }
  const specs: NormalizedSpec[] = [];
  for (const [index, entry] of entries.entries()) {
    const spec = swagger.get(entry.version);
    if (spec) {
      specs.push(spec);
    } else {
      const next = entries.slice(index + 1).find((later) => swagger.has(later.version));
      const text = await readFile(join(folder, entry.file), 'utf8');
      specs.push(parseV124Markdown(text, next && swagger.get(next.version)));
    }
  }
  return specs;
}
