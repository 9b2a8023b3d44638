import { expect, test } from 'vitest';
import { claimChunk, type ScanJob } from '../../src/lint/scan/pool.ts';

const entries = Array.from({ length: 103 }, (_, i) => ({ path: `f${i}`, location: `/f${i}` }));

test('claimers sharing one counter cover every entry exactly once', () => {
  const job: ScanJob = { entries, maxBytes: 10, literals: [], next: new SharedArrayBuffer(4) };
  const seen: number[] = [];
  // Two claimers in turns that differ, as the calling thread and a worker would.
  for (let turn = 0, chunk = claimChunk(job); chunk; turn++, chunk = claimChunk(job)) {
    for (let i = chunk[0]; i < chunk[1]; i++) seen.push(i);
    if (turn % 3 === 0) {
      const other = claimChunk(job);
      if (other) for (let i = other[0]; i < other[1]; i++) seen.push(i);
    }
  }
  expect(seen.sort((a, b) => a - b)).toEqual(entries.map((_, i) => i));
  expect(claimChunk(job)).toBeUndefined();
});

test('chunks are at most 16 entries and the last one ends at the listing', () => {
  const job: ScanJob = { entries, maxBytes: 10, literals: [], next: new SharedArrayBuffer(4) };
  const chunks: (readonly [number, number])[] = [];
  for (let chunk = claimChunk(job); chunk; chunk = claimChunk(job)) chunks.push(chunk);
  expect(chunks.every(([start, end]) => end - start <= 16 && end > start)).toBe(true);
  expect(chunks.at(-1)?.[1]).toBe(entries.length);
});

test('an empty listing claims nothing', () => {
  const job: ScanJob = { entries: [], maxBytes: 10, literals: [], next: new SharedArrayBuffer(4) };
  expect(claimChunk(job)).toBeUndefined();
});
