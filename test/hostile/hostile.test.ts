import { afterAll, beforeAll } from 'vitest';
import { configCases } from './config.cases.ts';
import { daemonCases, daemons } from './daemon.cases.ts';
import { hostileSuite } from './harness.ts';
import { inputCases } from './input.cases.ts';
import { optionCases } from './options.cases.ts';
import { outputCases } from './outputs.cases.ts';
import { pathCases } from './paths.cases.ts';

// Issue 18: hostile input never hangs, never clobbers a file, never runs code from outside
// the project. One suite, so the slow cases (large files, a config that never settles)
// overlap with all the others. The slowest go first.
beforeAll(daemons.start);
afterAll(daemons.stop);

hostileSuite('hostile input', [
  ...inputCases,
  ...configCases,
  ...pathCases,
  ...outputCases,
  ...daemonCases,
  ...optionCases,
]);
