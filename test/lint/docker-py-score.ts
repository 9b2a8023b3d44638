import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementStore } from '../../src/data/store.ts';
import { dockerPyExtractor } from '../../src/lint/extractors/docker-py/index.ts';
import { knownElements } from '../../src/lint/extractors/docker-py/known.ts';
import { treeOf } from '../../src/lint/parse/service.ts';
import { LineIndex } from '../../src/lint/text/line-index.ts';
import type { Usage } from '../../src/lint/usage.ts';

/** One label file entry (test/fixtures/LABELS.md). */
interface Label {
  readonly pin?: string;
  readonly request?: string;
  readonly line: number;
  readonly guard?: { readonly atLeast?: string; readonly below?: string };
  readonly elements?: readonly { readonly key: string; readonly line: number }[];
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface PyScore {
  readonly files: number;
  readonly elements: Counts;
  readonly requests: Counts;
  readonly pins: Counts;
  /** Matched requests whose pin and guard range agree with the label, of all matched. */
  readonly attributes: { agree: number; of: number };
  readonly misses: string[];
}

const empty = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export const precision = (c: Counts) => c.truePositives / (c.truePositives + c.falsePositives || 1);
export const recall = (c: Counts) => c.truePositives / (c.truePositives + c.falseNegatives || 1);

export function extractPy(path: string, text: string): Usage[] {
  const file = { path, text };
  return dockerPyExtractor.extract({ file, lines: new LineIndex(text), tree: (l) => treeOf(file, l) });
}

/** `key` as the data names it: map keys as `{}`, and the enum value element when a literal is one. */
function elementKeys(
  operation: string,
  usage: { in: string; name: string; value?: unknown; at: { line: number }; valueAt?: { line: number } },
): [string, number][] {
  const canonical =
    knownElements(operation).canonical(usage.in as 'body', usage.name) ?? `${usage.in}:${usage.name}`;
  const keys: [string, number][] = [[canonical, usage.at.line]];
  if (usage.value !== undefined && usage.valueAt) {
    const enumKey = `${canonical}=${usage.value}`;
    if (elementStore().elementsOf(operation).has(enumKey)) keys.push([enumKey, usage.valueAt.line]);
  }
  return keys;
}

/** A label's key in the data's spelling, map keys as `{}` (labels may write them either way). */
function labelKey(operation: string, key: string): string {
  const colon = key.indexOf(':');
  const equals = key.indexOf('=');
  const place = key.slice(0, colon) as 'body';
  const name = key.slice(colon + 1, equals === -1 ? undefined : equals);
  const canonical = knownElements(operation).canonical(place, name) ?? `${place}:${name}`;
  return equals === -1 ? canonical : `${canonical}${key.slice(equals)}`;
}

/** Scores strictly: an element matches only with the same operation, key and line. */
export function scorePyCorpus(dir: string): PyScore {
  const { files } = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    files: Record<string, Label[]>;
  };
  const score: PyScore = {
    files: Object.keys(files).length,
    elements: empty(),
    requests: empty(),
    pins: empty(),
    attributes: { agree: 0, of: 0 },
    misses: [],
  };
  for (const [file, labels] of Object.entries(files)) {
    const usages = extractPy(file, readFileSync(join(dir, file), 'utf8'));
    const expected = {
      elements: new Map<string, number>(),
      requests: new Map<string, number>(),
      pins: new Map<string, number>(),
    };
    const actual = {
      elements: new Map<string, number>(),
      requests: new Map<string, number>(),
      pins: new Map<string, number>(),
    };
    const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    for (const label of labels) {
      if (label.request) {
        bump(expected.requests, `${label.request} @${label.line}`);
        for (const element of label.elements ?? [])
          bump(
            expected.elements,
            `${label.request} ${labelKey(label.request, element.key)} @${element.line}`,
          );
      } else if (label.pin) bump(expected.pins, `${label.pin} @${label.line}`);
    }
    for (const usage of usages) {
      if (usage.kind === 'pin') {
        bump(actual.pins, `${usage.pin} @${usage.line}`);
        continue;
      }
      const operation = usage.operation ?? '';
      bump(actual.requests, `${operation} @${usage.line}`);
      for (const element of usage.elements)
        for (const [key, line] of elementKeys(operation, element))
          bump(actual.elements, `${operation} ${key} @${line}`);
    }
    for (const label of labels) {
      const usage = usages.find(
        (u) => u.kind === 'request' && u.operation === label.request && u.line === label.line,
      );
      if (!label.request || usage?.kind !== 'request') continue;
      score.attributes.of++;
      const agree =
        usage.pin === label.pin &&
        usage.guard?.atLeast === label.guard?.atLeast &&
        usage.guard?.below === label.guard?.below;
      if (agree) score.attributes.agree++;
      else
        score.misses.push(
          `${file}: attributes of ${label.request} @${label.line}: label ${JSON.stringify({ pin: label.pin, guard: label.guard })}, got ${JSON.stringify({ pin: usage.pin, atLeast: usage.guard?.atLeast, below: usage.guard?.below })}`,
        );
    }
    for (const kind of ['elements', 'requests', 'pins'] as const) {
      const counts = score[kind];
      for (const [key, want] of expected[kind]) {
        const got = actual[kind].get(key) ?? 0;
        counts.truePositives += Math.min(want, got);
        if (want > got) {
          counts.falseNegatives += want - got;
          score.misses.push(`${file}: missing ${kind} ${key}`);
        }
      }
      for (const [key, got] of actual[kind]) {
        const want = expected[kind].get(key) ?? 0;
        if (got > want) {
          counts.falsePositives += got - want;
          score.misses.push(`${file}: unexpected ${kind} ${key}`);
        }
      }
    }
  }
  return score;
}

export function formatPyScore(score: PyScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (name: string, c: Counts) =>
    `${name}: precision ${pct(precision(c))} recall ${pct(recall(c))} (${c.truePositives} true, ${c.falsePositives} false, ${c.falseNegatives} missed)`;
  return [
    `${score.files} files`,
    row('elements', score.elements),
    row('requests', score.requests),
    row('pins', score.pins),
    `pin and guard agree on ${score.attributes.agree} of ${score.attributes.of} matched requests`,
  ].join('\n');
}
