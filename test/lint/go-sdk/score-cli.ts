// Scores the go-sdk extractor on a labelled Go corpus: npx jiti test/lint/go-sdk/score-cli.ts DIR [--verbose]
import { resolve } from 'node:path';
import { goSdkExtractor } from '../../../src/lint/extractors/go-sdk/index.ts';
import { treeOf } from '../../../src/lint/parse/service.ts';
import { LineIndex } from '../../../src/lint/text/line-index.ts';
import { scoreCorpus } from './corpus-score.ts';

const dir = resolve(process.argv[2] ?? 'test/fixtures/go-sdk-corpus');
const started = performance.now();
const score = scoreCorpus(dir, (file, siblings) =>
  goSdkExtractor.extract({
    file,
    lines: new LineIndex(file.text),
    tree: (language) => treeOf(file, language),
    siblings: () => siblings,
  }),
);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(
  `${score.files} files: precision ${pct(score.precision)} (${score.truePositives} true, ${score.falsePositives} false), recall ${pct(score.recall)} (${score.falseNegatives} missed); pin and guard agree on ${score.attributes.agree}/${score.attributes.of} matched requests; ${(performance.now() - started).toFixed(0)} ms`,
);
if (process.argv.includes('--verbose')) for (const miss of score.misses) console.log(miss);
