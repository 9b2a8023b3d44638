import { parentPort } from 'node:worker_threads';
import { readBuffer, readCapped } from '../files/fs-provider.ts';
import type { FileEntry } from '../files/types.ts';
import { emptyBatch, scanOne } from './read-file.ts';

/** A worker scans the batches of files the pool sends and answers with their results. */
parentPort?.on('message', (message: { entries: FileEntry[]; maxBytes: number }) => {
  const batch = emptyBatch();
  const read = (entry: FileEntry, maxBytes: number) => readCapped(entry, maxBytes, buffer(maxBytes));
  for (const entry of message.entries) scanOne(entry, read, message.maxBytes, batch);
  parentPort?.postMessage(batch);
});

let shared: { maxBytes: number; buffer: Buffer | undefined } | undefined;

/** One read buffer per thread, reused for every file. */
function buffer(maxBytes: number): Buffer | undefined {
  if (shared?.maxBytes !== maxBytes) shared = { maxBytes, buffer: readBuffer(maxBytes) };
  return shared.buffer;
}
