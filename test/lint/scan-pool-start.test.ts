import type { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { ScanPool } from '../../src/lint/scan/pool.ts';

test('a worker the system refuses stops the others and is a usage error, not a hang', () => {
  const started: { terminated: boolean }[] = [];
  const start = () => {
    if (started.length === 2) throw Object.assign(new Error('spawn failed'), { code: 'EAGAIN' });
    const worker = { terminated: false, unref() {}, terminate: async () => {} };
    worker.terminate = async () => {
      worker.terminated = true;
    };
    started.push(worker);
    return worker as unknown as Worker;
  };
  let error: unknown;
  try {
    new ScanPool(new URL('file:///worker.js'), 300, start);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(UsageError);
  expect((error as Error).message).toBe(
    'cannot start 300 worker threads (EAGAIN, 2 started): use fewer --workers',
  );
  expect(started.map((worker) => worker.terminated)).toEqual([true, true]);
});
