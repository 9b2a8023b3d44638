import { Worker } from 'node:worker_threads';
import type { FileEntry } from '../files/types.ts';
import type { ScanBatch } from './read-file.ts';

/** Files sent to a worker at a time: big enough to amortise messaging, small enough to balance. */
const CHUNK = 64;

/**
 * Worker threads run only from the compiled package: plain Node cannot load
 * the TypeScript sources, so tests and `.ts` runs scan in-thread.
 */
export function workerScriptUrl(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : undefined;
}

/**
 * Scans files on worker threads while the caller is still listing them:
 * workers start first (their start-up overlaps the directory walk), files are
 * sent in chunks round-robin as they are found, and `finish` collects the results.
 */
export class ScanPool {
  private readonly workers: Worker[];
  private readonly maxBytes: number;
  private pending: FileEntry[] = [];
  private sent = 0;
  private readonly results: ScanBatch[] = [];
  private failure: unknown;
  private onSettled: (() => void) | undefined;

  constructor(script: URL, count: number, maxBytes: number) {
    this.maxBytes = maxBytes;
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(script);
      worker.on('message', (batch: ScanBatch) => {
        this.results.push(batch);
        this.settle();
      });
      worker.on('error', (error) => {
        this.failure = error;
        this.onSettled?.();
      });
      return worker;
    });
  }

  add(entry: FileEntry): void {
    this.pending.push(entry);
    if (this.pending.length >= CHUNK) this.flush();
  }

  async finish(): Promise<ScanBatch[]> {
    this.flush();
    await new Promise<void>((resolve) => {
      this.onSettled = resolve;
      this.settle();
    });
    for (const worker of this.workers) {
      // Waiting for terminate() costs a few hundred ms of heap teardown; nothing depends on it.
      worker.unref();
      void worker.terminate();
    }
    if (this.failure) throw this.failure;
    return this.results;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const worker = this.workers[this.sent % this.workers.length];
    worker?.postMessage({ entries: this.pending, maxBytes: this.maxBytes });
    this.sent++;
    this.pending = [];
  }

  private settle(): void {
    if (this.onSettled && (this.results.length === this.sent || this.failure)) this.onSettled();
  }
}
