import { Worker } from 'node:worker_threads';
import { UsageError } from '../../errors.ts';
import type { FileEntry } from '../files/types.ts';
import type { ReadTally, TextHit } from './classify.ts';

/**
 * Files claimed at a time: small enough that a thread joining late still
 * gets a fair share and that hits reach the calling thread soon, large
 * enough that claiming and posting cost nothing.
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

/** A file a worker found worth decoding, by its index in the listing. */
export interface IndexedHit {
  readonly index: number;
  readonly hit: TextHit;
}

/**
 * What a worker posts: the files worth decoding after each claim (so the
 * calling thread extracts them while the worker reads on), then its tally.
 */
export type WorkerMessage =
  | { readonly kind: 'hits'; readonly hits: readonly IndexedHit[] }
  | ({ readonly kind: 'done' } & ReadTally);

/**
 * Worker threads run only from the compiled package: plain Node cannot load
 * the TypeScript sources, so tests and `.ts` runs scan in-thread.
 */
export function workerScriptUrl(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : undefined;
}

/**
 * Claims the next chunk of entries for this thread: `[start, end)`, or
 * undefined when none is left. The calling thread and the workers claim from
 * one counter, so whoever is free takes the next files: a worker that starts
 * late simply takes fewer.
 */
export function claimChunk(job: ScanJob): readonly [number, number] | undefined {
  const start = Atomics.add(new Int32Array(job.next), 0, CLAIM);
  return start < job.entries.length ? [start, Math.min(start + CLAIM, job.entries.length)] : undefined;
}

/** What the calling thread does while the workers read. */
export interface ScanHere {
  /** Reads and sieves one entry this thread claimed (and extracts it, if it is worth it). */
  readonly each: (entry: FileEntry, index: number) => void;
  /** Extracts a file a worker found worth decoding. */
  readonly found: (hit: IndexedHit) => void;
  /** Called between pieces of work: may pause so native memory stays flat. */
  readonly between: () => Promise<void> | undefined;
}

/**
 * Worker threads that read and sieve one listing beside the calling thread,
 * which extracts: extraction needs the extractors compiled and warmed up, so
 * it stays on the one thread that has them, and the workers keep it fed.
 * They are started early (their start-up overlaps the directory walk) and
 * handed the listing once it is complete.
 */
export class ScanPool {
  private readonly workers: Worker[];
  private readonly tallies: Promise<ReadTally>[];
  private readonly queue: IndexedHit[] = [];
  private wake: (() => void) | undefined;

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
    this.tallies = this.workers.map((worker) => {
      const tally = new Promise<ReadTally>((resolve, reject) => {
        worker.on('message', (message: WorkerMessage) => {
          if (message.kind === 'hits') this.queue.push(...message.hits);
          else resolve(message);
          this.wake?.();
        });
        worker.once('error', reject);
      });
      // A failure is reported by run(); one before run() must not crash the process.
      tally.catch(() => undefined);
      return tally;
    });
  }

  /**
   * Reads `entries` on the workers and on this thread: this thread extracts
   * what the workers found first, and claims files of its own only when none
   * is waiting. Returns the workers' tallies.
   */
  async run(
    entries: readonly FileEntry[],
    maxBytes: number,
    literals: readonly string[],
    bounded: readonly string[],
    here: ScanHere,
  ): Promise<ReadTally[]> {
    const job: ScanJob = { entries, maxBytes, literals, bounded, next: new SharedArrayBuffer(4) };
    for (const worker of this.workers) worker.postMessage(job);
    let failure: unknown;
    let done = 0;
    const finished = this.tallies.map((tally) =>
      tally.then(
        () => void done++,
        (error: unknown) => {
          failure ??= error;
        },
      ),
    );
    for (const tally of finished) void tally.then(() => this.wake?.());
    try {
      let taken = 0;
      for (;;) {
        if (failure) throw failure;
        if (taken < this.queue.length) {
          here.found(this.queue[taken++] as IndexedHit);
          await here.between();
          continue;
        }
        // Every hit taken is extracted: let their bytes go.
        this.queue.length = taken = 0;
        const chunk = claimChunk(job);
        if (chunk) {
          for (let i = chunk[0]; i < chunk[1]; i++) here.each(entries[i] as FileEntry, i);
          // Lets the workers' messages in.
          await (here.between() ?? immediate());
          continue;
        }
        if (done === this.workers.length) break;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        this.wake = undefined;
      }
      return await Promise.all(this.tallies);
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

function immediate(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
