import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getElement } from '../../src/data/elements.ts';

// The docker-py corpus labels are written by hand (test/fixtures/LABELS.md):
// these checks keep them well formed and in step with the element data and
// the files, so a label that slips a line or names an unknown key fails here
// rather than skewing the extractor's score.

const dir = join(import.meta.dirname, '../fixtures/docker-py-corpus');

interface ElementLabel {
  readonly key: string;
  readonly line: number;
}
interface GuardLabel {
  readonly atLeast?: string;
  readonly below?: string;
  readonly checks?: readonly { line: number; op: string; bound: string }[];
}
interface Label {
  readonly line: number;
  readonly pin?: string;
  readonly request?: string;
  readonly guard?: GuardLabel;
  readonly elements?: readonly ElementLabel[];
}

const { files } = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
  files: Record<string, Label[]>;
};

function pythonFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.py'))
    .map((name) => relative(root, join(root, name)).split('\\').join('/'))
    .sort();
}

const lineOf = (file: string) => {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  return (line: number) => {
    expect(line, `${file}: line ${line} is outside the file`).toBeGreaterThanOrEqual(1);
    expect(line, `${file}: line ${line} is outside the file`).toBeLessThanOrEqual(lines.length);
    return lines[line - 1] ?? '';
  };
};

const VERSION = /^1\.\d+$/;

describe('the docker-py corpus labels', () => {
  test('label every Python file of the corpus, and only those', () => {
    expect(Object.keys(files).sort()).toEqual(pythonFiles(dir));
  });

  test('meet the issue: at least 12 files, with negatives, guards and pins among them', () => {
    const all = Object.values(files);
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all.filter((labels) => labels.length === 0).length).toBeGreaterThanOrEqual(3);
    expect(all.flat().some((label) => label.guard)).toBe(true);
    expect(all.flat().some((label) => label.pin && !label.request)).toBe(true);
  });

  test.each(Object.entries(files).filter(([, labels]) => labels.length > 0))(
    '%s names known keys at lines that hold them',
    (file, labels) => {
      const text = lineOf(file);
      for (const label of labels) {
        if (label.request === undefined) {
          // A pin sits at the line of its version text.
          expect(label.pin).toMatch(VERSION);
          expect(text(label.line)).toContain(label.pin);
          continue;
        }
        expect(getElement(label.request), `${file}:${label.line} ${label.request}`).toBeDefined();
        // The request is written where an SDK method is called.
        expect(text(label.line)).toMatch(/\.\w+\(/);
        if (label.pin !== undefined) expect(label.pin).toMatch(VERSION);
        if (label.guard) {
          expect(label.guard.atLeast ?? label.guard.below).toMatch(VERSION);
          for (const check of label.guard.checks ?? []) {
            const written = text(check.line);
            // Tuple comparisons write 1.41 as (1, 41).
            expect([check.bound, check.bound.replace('.', ', ')].some((b) => written.includes(b))).toBe(true);
          }
        }
        const seen = new Set<string>();
        for (const element of label.elements ?? []) {
          const key = `${label.request} ${element.key}`;
          expect(getElement(key), `${file}:${element.line} ${key}`).toBeDefined();
          expect(seen.has(`${element.key}@${element.line}`), `${file}: ${key} twice at one line`).toBe(false);
          seen.add(`${element.key}@${element.line}`);
          // An enum value is labelled only where the code writes it as a literal.
          const value = /^(?:body|query|header):[^=]+=(.+)$/.exec(element.key)?.[1];
          if (value !== undefined)
            expect(text(element.line), `${file}:${element.line} ${key}`).toContain(value);
        }
      }
    },
  );
});
