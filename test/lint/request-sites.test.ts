import { describe, expect, test } from 'vitest';
import { offsetOf } from '../../src/lint/context/sibling-context.ts';
import { curlExtractor } from '../../src/lint/extractors/curl/index.ts';
import { findPathStarts } from '../../src/lint/extractors/shared/path-starts.ts';
import { readRequestSite, requestSites } from '../../src/lint/extractors/shared/request-site.ts';
import { LineIndex } from '../../src/lint/text/line-index.ts';
import { fixtureTexts } from './fixture-texts.ts';

const texts = fixtureTexts();

describe('requestSites', () => {
  test('every path start of every fixture, with the site read there', () => {
    let sites = 0;
    for (const { text } of texts) {
      const starts = findPathStarts(text);
      const read = requestSites(text);
      expect(read.map((entry) => entry.start)).toEqual(starts);
      for (const entry of read) expect(entry.site).toEqual(readRequestSite(text, entry.start));
      sites += read.filter((entry) => entry.site).length;
    }
    // The fixtures are full of Engine paths: the comparison above is not vacuous.
    expect(sites).toBeGreaterThan(500);
  });

  test('kept for the text last asked about, and read anew for another', () => {
    const one = 'fetch("/containers/json")';
    const other = 'fetch("/images/json")';
    const first = requestSites(one);
    expect(requestSites(one)).toBe(first);
    expect(requestSites(other)[0]?.site?.template).toBe('/images/json');
    expect(requestSites(one)).not.toBe(first);
    expect(requestSites(one)).toEqual(first);
  });

  // curl reads command lines only in a text holding a site: sound only while each curl usage is one.
  test('every curl usage of the fixtures is at a site, so a text without one has none', () => {
    let usages = 0;
    for (const { path, text } of texts) {
      const found = curlExtractor.extract({
        file: { path, text },
        lines: new LineIndex(text),
        tree: () => undefined,
      });
      const sited = new Set(requestSites(text).flatMap((entry) => (entry.site ? [entry.start] : [])));
      for (const usage of found) {
        if (usage.kind !== 'request') continue;
        usages++;
        expect(sited.has(offsetOf(text, usage.line, usage.column)), `${path}:${usage.line}`).toBe(true);
      }
    }
    expect(usages).toBeGreaterThan(40);
  });
});
