import { UsageError } from '../errors.ts';

/** How long a config that is code may take to load. */
export const CONFIG_SETTLE_MS = 10_000;

/**
 * A config module's promise, bounded: one that never settles would end the
 * process with Node's exit code 13 and nothing on stderr (when nothing else
 * is pending), or wait for ever (when it keeps a timer alive). The first case
 * is seen at once, when the event loop drains; the second after the limit.
 */
export function settled<T>(filepath: string, loading: Promise<T>, limitMs = CONFIG_SETTLE_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      cleanup();
      reject(new UsageError(`config ${filepath} ${why}`));
    };
    const timer = setTimeout(
      () =>
        fail(
          `did not finish loading within ${limitMs / 1000} s: does its export await something that never ends?`,
        ),
      limitMs,
    );
    // The timer must not keep the process alive: a drained event loop is the faster answer.
    timer.unref();
    const onDrain = () => fail('never settles: its export awaits a promise that nothing can resolve');
    process.once('beforeExit', onDrain);
    const cleanup = () => {
      clearTimeout(timer);
      process.off('beforeExit', onDrain);
    };
    loading.then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}
