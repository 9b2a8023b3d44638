import type { Argv } from 'yargs';
import { withConfigOptions } from './config.ts';
import { type DaemonOptionArgs, withDaemonOption } from './daemon.ts';
import { withScanOptions } from './scan.ts';

/** What lint, needs and report share: the scan, the config file and a live daemon as target. */
export function withCodeOptions<T>(yargs: Argv<T>): Argv<T & DaemonOptionArgs> {
  return withDaemonOption(withConfigOptions(withScanOptions(yargs)));
}
