import type { CliCommand } from '../command.ts';
import { lookupCommand } from './lookup.ts';

// One entry per command module; keep each module light (heavy code is
// imported inside its handler) so start-up stays fast.
export const commands: CliCommand<never>[] = [lookupCommand];
