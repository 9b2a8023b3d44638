import { Worker } from 'node:worker_threads';
import { UsageError } from '../../errors.ts';
import type { FileEntry } from '../files/types.ts';
import type { ReadTally, TextHit } from './classify.ts';

/**
 * Files claimed at a time: small enough that a thread joining late still
 * gets a fair share, large enough that claiming costs nothing.
 */
const CLAIM = 16;

/** What a worker is sent: the whole listing and the shared claim counter. */
export interface ScanJob {
  readonly entries: readonly FileEntry[];
  readonly maxBytes: number;
  /** The extractors' enabler literals (workers do not load the extractors). */
  readonly literals: readonly string[];
  /** Those of them that count only at a path boundary (Engine path roots). */
  readonly bounded?: readonly string[];
  /** Int32 slot 0: index of the next unclaimed entry. */
  readonly next: SharedArrayBuffer;
}

/**
 * What a worker answers: it reads and sieves, and hands back the files worth
 * decoding (by listing index) for the calling thread to extract.
 */
export interface WorkerResult extends ReadTally {
  readonly hits: { readonly index: number; readonly hit: TextHit }[];
}

/**
 * Worker threads run only from the compiled package: plain Node cannot load
 * the TypeScript sources, so tests and `.ts` runs scan in-thread.
 */
export function workerScriptUrl(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : undefined;
}

/**
 * Calls `each` for every entry this thread claims, until none is left. The
 * calling thread and the workers claim from one counter, so whoever is free
 * takes the next files: a worker that starts late simply takes fewer.
 */
export function forEachClaimed(job: ScanJob, each: (entry: FileEntry, index: number) => void): void {
  const next = new Int32Array(job.next);
  for (;;) {
    const start = Atomics.add(next, 0, CLAIM);
    if (start >= job.entries.length) return;
    const end = Math.min(start + CLAIM, job.entries.length);
    for (let i = start; i < end; i++) each(job.entries[i] as FileEntry, i);
  }
}

/**
 * Worker threads that help the calling thread scan one listing: they take
 * over part of the reading, which is most of the time on large trees. They
 * are started early (their start-up overlaps the directory walk) and handed
 * the listing once it is complete.
 */
export class ScanPool {
  private readonly workers: Worker[];
  private readonly results: Promise<WorkerResult>[];

  /**
   * Starts `count` workers. When the system refuses one (EAGAIN under a
   * process limit), those already started are stopped, so none keeps the
   * process alive, and the failure is a usage error naming the way out.
   */
  constructor(script: URL, count: number, start: (script: URL) => Worker = (url) => new Worker(url)) {
    this.workers = [];
    try {
      for (let index = 0; index < count; index++) this.workers.push(start(script));
    } catch (error) {
      this.close();
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new UsageError(
        `cannot start ${count} worker threads (${code}, ${this.workers.length} started): use fewer --workers`,
      );
    }
    this.results = this.workers.map((worker) => {
      const result = new Promise<WorkerResult>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      // A failure is reported by run(); one before run() must not crash the process.
      result.catch(() => undefined);
      return result;
    });
  }

  /** Reads `entries` on the workers while `each` is called here for the entries this thread claims. */
  async run(
    entries: readonly FileEntry[],
    maxBytes: number,
    literals: readonly string[],
    bounded: readonly string[],
    each: (entry: FileEntry, index: number) => void,
  ): Promise<WorkerResult[]> {
    const job: ScanJob = { entries, maxBytes, literals, bounded, next: new SharedArrayBuffer(4) };
    for (const worker of this.workers) worker.postMessage(job);
    try {
      forEachClaimed(job, each);
      return await Promise.all(this.results);
    } finally {
      this.close();
    }
  }

  /** Stops the workers; a pool whose listing failed must not keep the process alive. */
  close(): void {
    for (const worker of this.workers) {
      // Waiting for terminate() costs a few hundred ms of heap teardown; nothing depends on it.
      worker.unref();
      void worker.terminate();
    }
  }
}
