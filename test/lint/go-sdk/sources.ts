import { GENERATIONS } from '../../../src/lint/extractors/go-sdk/generate/generate.ts';
import { pinnedSource } from '../../../src/sources/read.ts';

/** Whether every pinned client source is on this machine; tests that need them skip visibly otherwise. */
export function clientSourcesPresent(): { present: boolean; reason: string } {
  try {
    for (const generation of GENERATIONS) pinnedSource(generation.source);
    return { present: true, reason: '' };
  } catch (error) {
    return { present: false, reason: (error as Error).message };
  }
}
