import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatPyScore, precision, recall, scorePyCorpus } from './docker-py-score.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
/** The labelled Python corpus: a fixtures folder named for docker-py or Python with a labels.json. */
const corpus = readdirSync(fixtures)
  .filter((name) => /(^|-)(py|python|docker-py)(-|$)/.test(name))
  .map((name) => join(fixtures, name))
  .find((dir) => existsSync(join(dir, 'labels.json')));

describe.skipIf(!corpus)('docker-py extractor on the labelled Python corpus', () => {
  test('elements: precision ≥ 95%, recall ≥ 90%, strict at element lines', () => {
    const score = scorePyCorpus(corpus as string);
    console.log(formatPyScore(score));
    expect(score.files).toBeGreaterThanOrEqual(12);
    expect(precision(score.elements)).toBeGreaterThanOrEqual(0.95);
    expect(recall(score.elements)).toBeGreaterThanOrEqual(0.9);
  });
});
