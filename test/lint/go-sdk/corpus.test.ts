import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { goSdkExtractor } from '../../../src/lint/extractors/go-sdk/index.ts';
import { treeOf } from '../../../src/lint/parse/service.ts';
import { LineIndex } from '../../../src/lint/text/line-index.ts';
import { scoreCorpus } from './corpus-score.ts';

const corpus = join(import.meta.dirname, '../../fixtures/go-sdk-corpus');
const present = existsSync(join(corpus, 'labels.json'));

describe.skipIf(!present)(
  `the labelled Go corpus${present ? '' : ' (skipped: test/fixtures/go-sdk-corpus is absent)'}`,
  () => {
    test('precision ≥ 95% and recall ≥ 90%, strict at element lines', () => {
      const score = scoreCorpus(corpus, (file, siblings) =>
        goSdkExtractor.extract({
          file,
          lines: new LineIndex(file.text),
          tree: (language) => treeOf(file, language),
          siblings: () => siblings,
        }),
      );
      expect(score.files).toBeGreaterThanOrEqual(12);
      expect({
        precision: score.precision >= 0.95,
        recall: score.recall >= 0.9,
        misses: score.misses,
      }).toMatchObject({
        precision: true,
        recall: true,
      });
    });
  },
);
