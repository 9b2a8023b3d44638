// The Go SDK corpus's labels stay consistent with its files and the element
// data: a renamed key, a moved line or a forgotten file fails here, before a
// score computed against stale labels could.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { getElement } from '../../src/data/index.ts';

const DIR = path.join(import.meta.dirname, '../fixtures/go-sdk-corpus');

interface ElementLabel {
  key: string;
  line: number;
}
interface Label {
  pin?: string;
  line: number;
  default?: boolean;
  request?: string;
  guard?: { atLeast?: string; below?: string };
  elements?: ElementLabel[];
}

const { files } = JSON.parse(readFileSync(path.join(DIR, 'labels.json'), 'utf8')) as {
  files: Record<string, Label[]>;
};
const linesOf = (file: string) => readFileSync(path.join(DIR, file), 'utf8').split('\n');
const goFiles = (dir: string): string[] =>
  readdirSync(path.join(DIR, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return goFiles(rel);
    return entry.name.endsWith('.go') ? [rel] : [];
  });

// api.DefaultVersion of each docker/docker release the corpus builds against
// (api/common.go:6 at fca702de for v24.0.9, at 89c5e8fd for v28.5.2).
const DEFAULT_VERSION: Record<string, string> = {
  'v24.0.9+incompatible': '1.43',
  'v28.5.2+incompatible': '1.51',
};
const dockerModuleOf = (file: string) =>
  /github\.com\/docker\/docker (\S+)/.exec(
    readFileSync(path.join(DIR, path.dirname(file), 'go.mod'), 'utf8'),
  )?.[1];

describe('the Go SDK corpus labels', () => {
  test('label every Go file of the corpus, at least 14, with negatives among them', () => {
    expect(Object.keys(files).sort()).toEqual(
      goFiles('.')
        .map((f) => f.replace(/^\.\//, ''))
        .sort(),
    );
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(14);
    expect(Object.values(files).filter((labels) => labels.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  test('cover both client generations', () => {
    const mods = readdirSync(DIR)
      .filter((d) => !d.endsWith('.json'))
      .map((d) => readFileSync(path.join(DIR, d, 'go.mod'), 'utf8'));
    expect(mods.some((m) => m.includes('github.com/docker/docker v24.'))).toBe(true);
    expect(mods.some((m) => m.includes('github.com/docker/docker v28.'))).toBe(true);
    expect(mods.some((m) => m.includes('github.com/moby/moby/client v0.'))).toBe(true);
  });

  test('name only operations and element keys the data knows', () => {
    const unknown: string[] = [];
    for (const [file, labels] of Object.entries(files)) {
      for (const label of labels) {
        if (!label.request) continue;
        if (!getElement(label.request)) unknown.push(`${file}:${label.line} ${label.request}`);
        for (const el of label.elements ?? []) {
          const key = `${label.request} ${el.key}`;
          if (!getElement(key)) unknown.push(`${file}:${el.line} ${key}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  test('put requests on an SDK call, elements on code and pins on a version', () => {
    const wrong: string[] = [];
    for (const [file, labels] of Object.entries(files)) {
      const lines = linesOf(file);
      const at = (n: number) => (lines[n - 1] ?? '').trim();
      for (const label of labels) {
        const text = at(label.line);
        if (label.request) {
          if (!/\.[A-Z]\w*\(/.test(text))
            wrong.push(`${file}:${label.line} request on ${JSON.stringify(text)}`);
          for (const el of label.elements ?? []) {
            const t = at(el.line);
            if (t === '' || t.startsWith('//'))
              wrong.push(`${file}:${el.line} ${el.key} on ${JSON.stringify(t)}`);
          }
        } else if (label.default) {
          const want = DEFAULT_VERSION[dockerModuleOf(file) ?? ''];
          if (label.pin !== want || !text.includes('client.New'))
            wrong.push(`${file}:${label.line} default ${label.pin}`);
        } else if (!text.includes(`"${label.pin}"`)) {
          wrong.push(`${file}:${label.line} pin ${label.pin} on ${JSON.stringify(text)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
