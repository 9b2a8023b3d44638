import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getElement } from '../../../src/data/elements.ts';
import { elementStore } from '../../../src/data/store.ts';
import type { SourceFile } from '../../../src/lint/source-file.ts';
import type { ElementUse, RequestUsage, Usage } from '../../../src/lint/usage.ts';

/** One labelled file entry (test/fixtures/LABELS.md). */
interface Label {
  readonly pin?: string;
  readonly default?: boolean;
  readonly request?: string;
  readonly line: number;
  readonly guard?: { readonly atLeast?: string; readonly below?: string };
  readonly elements?: readonly { readonly key: string; readonly line: number }[];
}

export interface Score {
  readonly files: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly misses: readonly string[];
  /** Matched requests whose pin and guard range agree with the label, of all matched requests. */
  readonly attributes: { readonly agree: number; readonly of: number };
}

/**
 * A body name as the extractor writes map keys (`EndpointsConfig.mynet.Aliases`)
 * turned into the element data's key (`EndpointsConfig{}.Aliases`): a part no
 * element of the operation continues with is a map key.
 */
function dataName(operation: string, element: ElementUse): string {
  if (element.in !== 'body') return element.name;
  const keys = [...elementStore().elementsOf(operation).keys()].filter((key) => key.startsWith('body:'));
  const known = (prefix: string) =>
    keys.some(
      (key) =>
        key === `body:${prefix}` ||
        key.startsWith(`body:${prefix}.`) ||
        key.startsWith(`body:${prefix}[`) ||
        key.startsWith(`body:${prefix}{`),
    );
  let name = '';
  for (const part of element.name.split('.')) {
    const base = part.replace(/(?:\[\])+$/, '');
    const items = part.slice(base.length);
    const next = name === '' ? base : `${name}.${base}`;
    if (known(next)) name = next + items;
    else if (known(`${name}{}`)) name = `${name}{}${items}`;
    else name = next + items;
  }
  return name;
}

/** Element units of one request: `key@line`, enum values when the data has them. */
function units(usage: RequestUsage): string[] {
  const operation = usage.operation ?? '';
  const out: string[] = [];
  for (const element of usage.elements) {
    const name = dataName(operation, element);
    const key = `${element.in}:${name}`;
    if (!getElement(`${operation} ${key}`)) continue; // a field the data does not know is not labelled
    out.push(`${key}@${element.at.line}`);
    if (element.value !== undefined && getElement(`${operation} ${key}=${element.value}`))
      out.push(`${key}=${element.value}@${element.valueAt?.line ?? element.at.line}`);
  }
  return out;
}

function goFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...goFiles(path));
    else out.push(path);
  }
  return out;
}

/**
 * Precision and recall on a labelled corpus, strict: a request matches on
 * operation and line, an element on key and line inside a matched request,
 * a pin on version and line. `extract(file, siblings)` runs the extractor.
 */
export function scoreCorpus(
  dir: string,
  extract: (file: SourceFile, siblings: readonly SourceFile[]) => Usage[],
): Score {
  const { files } = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    files: Record<string, Label[]>;
  };
  const all = goFiles(dir).map((path) => ({
    path: relative(dir, path).split('\\').join('/'),
    text: readFileSync(path, 'utf8'),
  }));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let agree = 0;
  let matched = 0;
  const misses: string[] = [];
  for (const [path, labels] of Object.entries(files)) {
    const file = all.find((each) => each.path === path);
    if (!file) throw new Error(`labels.json names ${path}, which the corpus lacks`);
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const siblings = all.filter(
      (each) => each !== file && each.path.slice(0, each.path.lastIndexOf('/') + 1) === folder,
    );
    const usages = extract(file, siblings);
    const got = new Set<string>();
    const gotElements = new Map<string, Set<string>>();
    const gotAttributes = new Map<string, string>();
    for (const usage of usages) {
      if (usage.kind === 'pin') got.add(`pin ${usage.pin}${usage.defaultOf ? ' default' : ''}@${usage.line}`);
      else {
        const id = `${usage.operation}@${usage.line}`;
        gotAttributes.set(
          id,
          `pin=${usage.pin ?? ''} atLeast=${usage.guard?.atLeast ?? ''} below=${usage.guard?.below ?? ''}`,
        );
        got.add(id);
        const set = gotElements.get(id) ?? new Set<string>();
        for (const unit of units(usage)) set.add(unit);
        gotElements.set(id, set);
      }
    }
    const want = new Set<string>();
    const wantElements = new Map<string, Set<string>>();
    for (const label of labels) {
      if (label.request === undefined)
        want.add(`pin ${label.pin}${label.default ? ' default' : ''}@${label.line}`);
      else {
        const id = `${label.request}@${label.line}`;
        want.add(id);
        const attributes = `pin=${label.pin ?? ''} atLeast=${label.guard?.atLeast ?? ''} below=${label.guard?.below ?? ''}`;
        const actual = gotAttributes.get(id);
        if (actual !== undefined) {
          matched++;
          if (actual === attributes) agree++;
          else misses.push(`${path}: ${id} attributes ${actual}, labelled ${attributes}`);
        }
        const set = wantElements.get(id) ?? new Set<string>();
        for (const element of label.elements ?? []) set.add(`${element.key}@${element.line}`);
        wantElements.set(id, set);
      }
    }
    const compare = (wanted: Set<string>, found: Set<string>, where: string) => {
      for (const unit of wanted)
        if (found.has(unit)) tp++;
        else {
          fn++;
          misses.push(`${path}: missing ${where}${unit}`);
        }
      for (const unit of found)
        if (!wanted.has(unit)) {
          fp++;
          misses.push(`${path}: unexpected ${where}${unit}`);
        }
    };
    compare(want, got, '');
    for (const id of new Set([...want, ...got]))
      if (wantElements.has(id) || gotElements.has(id))
        compare(wantElements.get(id) ?? new Set(), gotElements.get(id) ?? new Set(), `${id} `);
  }
  return {
    files: Object.keys(files).length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    misses,
    attributes: { agree, of: matched },
  };
}
