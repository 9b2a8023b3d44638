import { parentPort } from 'node:worker_threads';
import { readBuffer, readCapped } from '../files/read-capped.ts';
import { type ReadTally, readText, sieveFor } from './classify.ts';
import { claimChunk, type IndexedHit, type ScanJob, type WorkerMessage } from './pool.ts';

/**
 * A worker reads and sieves the files it claims. After each claim it posts
 * the files worth decoding, so the calling thread extracts them while it
 * reads on; at the end it posts its tally. It loads no extractors, so it
 * starts quickly.
 */
parentPort?.once('message', (job: ScanJob) => {
  const port = parentPort;
  if (!port) return;
  const sieve = sieveFor(job.literals, job.bounded ?? []);
  const buffer = readBuffer(job.maxBytes);
  const read = (entry: ScanJob['entries'][number], maxBytes: number) => readCapped(entry, maxBytes, buffer);
  const tally: ReadTally = { files: 0, notices: [] };
  for (let chunk = claimChunk(job); chunk; chunk = claimChunk(job)) {
    const hits: IndexedHit[] = [];
    for (let index = chunk[0]; index < chunk[1]; index++) {
      const hit = readText(
        job.entries[index] as ScanJob['entries'][number],
        read,
        job.maxBytes,
        sieve,
        tally,
      );
      // The read buffer is reused for the next file: a hit keeps a copy, moved (not copied) to the calling thread.
      if (hit) hits.push({ index, hit: { ...hit, bytes: new Uint8Array(hit.bytes) } });
    }
    if (hits.length > 0) {
      const message: WorkerMessage = { kind: 'hits', hits };
      port.postMessage(
        message,
        hits.map(({ hit }) => hit.bytes.buffer as ArrayBuffer),
      );
    }
  }
  const done: WorkerMessage = { kind: 'done', ...tally };
  port.postMessage(done);
});
