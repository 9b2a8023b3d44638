import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scoreCliCorpus } from './score.ts';

const dir = join(import.meta.dirname, '../../fixtures/docker-cli-corpus');

// The blind corpus of docker command lines (test/fixtures/LABELS.md): requests at the
// subcommand, elements at the flag token, pins at the version text; scored strictly.
describe.skipIf(!existsSync(join(dir, 'labels.json')))('the docker command-line corpus', () => {
  test('precision ≥ 95% and recall ≥ 90%, element key and line', () => {
    const score = scoreCliCorpus(dir);
    const figures = `precision ${(score.precision * 100).toFixed(1)}%, recall ${(score.recall * 100).toFixed(1)}% (${score.truePositives} true, ${score.falsePositives} false, ${score.falseNegatives} missed)`;
    console.log(`docker-cli corpus: ${figures}`);
    if (process.env.CORPUS_VERBOSE) for (const miss of score.misses) console.log(miss);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
