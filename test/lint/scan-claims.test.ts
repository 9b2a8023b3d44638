import { expect, test } from 'vitest';
import { forEachClaimed, type ScanJob } from '../../src/lint/scan/pool.ts';

const entries = Array.from({ length: 103 }, (_, i) => ({ path: `f${i}`, location: `/f${i}` }));

test('claimers sharing one counter cover every entry exactly once', () => {
  const job: ScanJob = { entries, maxBytes: 10, literals: [], next: new SharedArrayBuffer(4) };
  const seen: number[] = [];
  // A second claimer takes every other chunk, as a worker running alongside would.
  let turn = 0;
  forEachClaimed(job, (entry, index) => {
    expect(entry).toBe(entries[index]);
    seen.push(index);
    if (++turn % 16 === 0) forEachClaimedOnce(job, seen);
  });
  expect(seen.sort((a, b) => a - b)).toEqual(entries.map((_, i) => i));
});

test('an empty listing claims nothing', () => {
  const job: ScanJob = { entries: [], maxBytes: 10, literals: [], next: new SharedArrayBuffer(4) };
  let calls = 0;
  forEachClaimed(job, () => calls++);
  expect(calls).toBe(0);
});

/** Claims one chunk on behalf of another thread. */
function forEachClaimedOnce(job: ScanJob, seen: number[]): void {
  const next = new Int32Array(job.next);
  const start = Atomics.add(next, 0, 16);
  for (let i = start; i < Math.min(start + 16, job.entries.length); i++) seen.push(i);
}
