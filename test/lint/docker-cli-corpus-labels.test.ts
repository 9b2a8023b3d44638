// The docker command-line corpus's labels stay consistent with its files and
// with the element data, whatever the extractor scores on them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { getElement } from '../../src/data/elements.ts';

const dir = path.join(import.meta.dirname, '../fixtures/docker-cli-corpus');

interface ElementLabel {
  readonly key: string;
  readonly line: number;
}
interface Label {
  readonly request?: string;
  readonly line: number;
  readonly pin?: string;
  readonly elements?: readonly ElementLabel[];
}

const { files } = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as {
  files: Record<string, Label[]>;
};
const corpusFiles = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name !== 'labels.json')
  .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .sort();

/** The exact key the data names (newest parameter names), or undefined. */
const known = (key: string) => (getElement(key)?.key === key ? key : undefined);

describe('the docker command-line corpus labels', () => {
  test('label every file of the folder, and only those', () => {
    expect(Object.keys(files).sort()).toEqual(corpusFiles);
    expect(corpusFiles.length).toBeGreaterThanOrEqual(14);
  });

  test('keep at least four negative files', () => {
    expect(Object.values(files).filter((labels) => labels.length === 0).length).toBeGreaterThanOrEqual(4);
  });

  test.each(Object.entries(files))('%s: keys the data knows, lines inside the file', (file, labels) => {
    const lineCount = readFileSync(path.join(dir, file), 'utf8').split('\n').length;
    const pins = new Set(labels.filter((label) => !label.request).map((label) => label.pin));
    for (const label of labels) {
      expect(label.line).toBeGreaterThanOrEqual(1);
      expect(label.line).toBeLessThanOrEqual(lineCount);
      if (!label.request) {
        expect(label.pin).toMatch(/^1\.\d+$/);
        continue;
      }
      expect(known(label.request)).toBe(label.request);
      // A request's pin is one the file writes.
      if (label.pin) expect(pins).toContain(label.pin);
      for (const element of label.elements ?? []) {
        const key = `${label.request} ${element.key}`;
        expect(known(key)).toBe(key);
        // Flags follow the subcommand word.
        expect(element.line).toBeGreaterThanOrEqual(label.line);
        expect(element.line).toBeLessThanOrEqual(lineCount);
      }
    }
  });
});
