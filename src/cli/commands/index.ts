import type { CliCommand } from '../command.ts';
import { changesCommand } from './changes.ts';
import { elementsCommand } from './elements.ts';
import { lintCommand } from './lint.ts';
import { lookupCommand } from './lookup.ts';
import { needsCommand } from './needs.ts';
import { probeCommand } from './probe.ts';
import { reportCommand } from './report.ts';
import { sinceCommand } from './since.ts';
import { specsCommand } from './specs.ts';
import { targetsCommand } from './targets.ts';

// One entry per command module; keep each module light (heavy code is
// imported inside its handler) so start-up stays fast.
export const commands: CliCommand<never>[] = [
  lookupCommand,
  specsCommand,
  sinceCommand,
  elementsCommand,
  changesCommand,
  targetsCommand,
  probeCommand,
  lintCommand,
  needsCommand,
  reportCommand,
];
