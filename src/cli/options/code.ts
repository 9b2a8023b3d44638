import type { Argv } from 'yargs';
import { FILE_ROLES } from '../../lint/role-names.ts';
import type { FileRole } from '../../lint/usage.ts';
import { withConfigOptions } from './config.ts';
import { type DaemonOptionArgs, withDaemonOption } from './daemon.ts';
import { withScanOptions } from './scan.ts';

/** `--role`: which file roles a command answers for. */
export interface RoleOptionArgs {
  role?: FileRole[];
}

/** What lint, needs and report share: the scan, the config file and a live daemon as target. */
export function withCodeOptions<T>(yargs: Argv<T>): Argv<T & DaemonOptionArgs & RoleOptionArgs> {
  return withDaemonOption(withConfigOptions(withScanOptions(yargs))).option('role', {
    type: 'string',
    array: true,
    choices: FILE_ROLES,
    describe: 'File roles to answer for (repeatable): source, test, example, docs, generated',
  }) as Argv<T & DaemonOptionArgs & RoleOptionArgs>;
}
