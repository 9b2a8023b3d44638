import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getElement } from '../../../src/data/elements.ts';
import { apiPinExtractor } from '../../../src/lint/extractors/api-pin/index.ts';
import { dockerCliExtractor } from '../../../src/lint/extractors/docker-cli/index.ts';
import type { ExtractInput } from '../../../src/lint/extractors/types.ts';
import { treeOf } from '../../../src/lint/parse/service.ts';
import { LineIndex } from '../../../src/lint/text/line-index.ts';
import type { RequestUsage, Usage } from '../../../src/lint/usage.ts';

/** One labelled request or pin (test/fixtures/LABELS.md). */
interface Label {
  readonly request?: string;
  readonly pin?: string;
  readonly line: number;
  readonly elements?: readonly { readonly key: string; readonly line: number }[];
}

export interface Score {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly misses: readonly string[];
}

/**
 * The element keys a request usage stands for, each with its line: the
 * element, and its enum value (`body:X=private`, at the value) when the
 * data knows that value.
 */
function elementKeys(usage: RequestUsage): { key: string; line: number }[] {
  const out: { key: string; line: number }[] = [];
  for (const element of usage.elements) {
    const key = `${element.in}:${element.name}`;
    out.push({ key, line: element.at.line });
    if (typeof element.value === 'string' && usage.operation) {
      const valued = `${key}=${element.value}`;
      if (getElement(`${usage.operation} ${valued}`))
        out.push({ key: valued, line: element.valueAt?.line ?? element.at.line });
    }
  }
  return out;
}

const units = (usages: readonly Usage[]): string[] =>
  usages.flatMap((u) =>
    u.kind === 'pin'
      ? [`pin ${u.pin} @${u.line}`]
      : [
          `${u.operation} @${u.line}`,
          ...elementKeys(u).map((e) => `${u.operation} @${u.line} ${e.key} @${e.line}`),
        ],
  );

const labelUnits = (labels: readonly Label[]): string[] =>
  labels.flatMap((l) =>
    l.pin !== undefined && l.request === undefined
      ? [`pin ${l.pin} @${l.line}`]
      : [
          `${l.request} @${l.line}`,
          ...(l.elements ?? []).map((e) => `${l.request} @${l.line} ${e.key} @${e.line}`),
        ],
  );

/** Strict score of the docker-cli extractor on a labelled corpus folder: operation, element key and line agree. */
export function scoreCliCorpus(dir: string): Score {
  const { files } = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    files: Record<string, readonly Label[]>;
  };
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const [path, labels] of Object.entries(files)) {
    const text = readFileSync(join(dir, path), 'utf8');
    const file = { path, text };
    // Pins are the api-pin extractor's usages; requests and elements are this extractor's.
    const input: ExtractInput = { file, lines: new LineIndex(text), tree: (l) => treeOf(file, l) };
    const found = units([...dockerCliExtractor.extract(input), ...apiPinExtractor.extract(input)]);
    const expected = labelUnits(labels);
    const pool = [...found];
    for (const unit of expected) {
      const at = pool.indexOf(unit);
      if (at === -1) {
        falseNegatives++;
        misses.push(`${path}: missing ${unit}`);
      } else {
        pool.splice(at, 1);
        truePositives++;
      }
    }
    falsePositives += pool.length;
    for (const unit of pool) misses.push(`${path}: unexpected ${unit}`);
  }
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / (truePositives + falsePositives || 1),
    recall: truePositives / (truePositives + falseNegatives || 1),
    misses,
  };
}
