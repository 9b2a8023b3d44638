// yargs imports node:assert for two internal invariant checks only. Loading
// node:assert at start-up pulls in Node's stream machinery, a large share of
// the CLI's start-up time, so the bundle gets these equivalents instead.
export function strictEqual(actual, expected, message) {
  if (actual !== expected) throw new Error(message ?? `expected ${String(actual)} to be ${String(expected)}`);
}

export function notStrictEqual(actual, expected, message) {
  if (actual === expected) throw new Error(message ?? `expected a value other than ${String(expected)}`);
}
