import { parentPort } from 'node:worker_threads';
import { readBuffer, readCapped } from '../files/read-capped.ts';
import { readText, sieveFor } from './classify.ts';
import { forEachClaimed, type ScanJob, type WorkerResult } from './pool.ts';

/**
 * A worker reads and sieves the files it claims, and answers with the notices
 * and the files worth decoding. It loads no extractors, so it starts quickly.
 */
parentPort?.once('message', (job: ScanJob) => {
  const sieve = sieveFor(job.literals, job.bounded ?? []);
  const buffer = readBuffer(job.maxBytes);
  const read = (entry: ScanJob['entries'][number], maxBytes: number) => readCapped(entry, maxBytes, buffer);
  const result: WorkerResult = { files: 0, notices: [], hits: [] };
  forEachClaimed(job, (entry, index) => {
    const hit = readText(entry, read, job.maxBytes, sieve, result);
    // The read buffer is reused for the next file: a hit keeps a copy.
    if (hit) result.hits.push({ index, hit: { ...hit, bytes: new Uint8Array(hit.bytes) } });
  });
  // Each hit owns its buffer: moved, not copied, to the calling thread.
  parentPort?.postMessage(
    result,
    result.hits.map(({ hit }) => hit.bytes.buffer as ArrayBuffer),
  );
});
