import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EFFECTIVE_FILE, encodeEffective } from '../data/effective-file.ts';
import type { ElementIn } from '../data/element-types.ts';
import { encodeApiVersions, encodeElements } from '../data/encode.ts';
import { API_VERSIONS_FILE, ELEMENTS_FILE } from '../data/format.ts';
import { deriveEffective } from '../effective/generate.ts';
import { daemonSources, type SourceOptions } from '../effective/sources.ts';
import { loadNormalizedSpecs } from '../spec/index.ts';
import { loadManifest } from '../spec/manifest.ts';
import { computeHistories } from './history.ts';

/** What a build wrote. */
export interface BuildResult {
  /** File name → content, as written. */
  readonly files: Readonly<Record<string, string>>;
  /** Element count per kind (`in`, with enum values counted as `enum`). */
  readonly counts: Readonly<Record<ElementIn | 'enum', number>>;
}

/**
 * The data files for the specs in `specsDir` (default: wherever the spec
 * loader finds them): the documented layer from the specs alone, the
 * effective layer from the pinned daemon sources (see src/effective/).
 */
export async function generateData(specsDir?: string, sources?: SourceOptions): Promise<BuildResult> {
  const specs = await loadNormalizedSpecs(specsDir);
  const histories = computeHistories(specs);
  const unreleased = loadManifest()
    .versions.filter((entry) => entry.unreleased === true)
    .map((entry) => entry.version);
  const counts = { operation: 0, path: 0, query: 0, header: 0, body: 0, response: 0, enum: 0 };
  for (const history of histories) counts[history.value === undefined ? history.in : 'enum']++;
  const files = {
    [API_VERSIONS_FILE]: encodeApiVersions(
      specs.map((spec) => spec.version),
      unreleased,
    ),
    [ELEMENTS_FILE]: encodeElements(histories),
    [EFFECTIVE_FILE]: encodeEffective(deriveEffective(histories, daemonSources(sources))),
  };
  return { files, counts };
}

/** Generates the data files and writes them into `outDir`. */
export async function buildData(outDir: string, specsDir?: string): Promise<BuildResult> {
  const result = await generateData(specsDir);
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(result.files)) await writeFile(join(outDir, name), text);
  return result;
}
