// Shared measuring helpers for the benchmarks (figures are compared as ratios
// within one run, since the machine is shared and noisy).
import { spawnSync } from 'node:child_process';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of one `node …` run in milliseconds; throws when it fails. */
export function timeNode(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Calls per second of `fn` over `inputs` (cycled), after a warm-up. */
export function perSecond(fn, inputs, seconds = 1) {
  for (let i = 0; i < 20_000; i++) fn(inputs[i % inputs.length]);
  let calls = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) fn(inputs[(calls + i) % inputs.length]);
    calls += 1000;
  }
  return calls / seconds;
}

/** Alternating runs of a bare `node -e 0` and `args`: medians and their ratio. */
export function startupRatio(args, runs = 15) {
  const bare = [];
  const measured = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timeNode(['-e', '0']));
    measured.push(timeNode(args));
  }
  return { bare: median(bare), measured: median(measured), ratio: median(measured) / median(bare) };
}
