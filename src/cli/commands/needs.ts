import type { CliCommand } from '../command.ts';
import { type RoleOptionArgs, withCodeOptions } from '../options/code.ts';
import type { ConfigOptionArgs } from '../options/config.ts';
import type { DaemonOptionArgs } from '../options/daemon.ts';
import type { ScanOptionArgs } from '../options/scan.ts';

interface NeedsArgs extends DaemonOptionArgs, ScanOptionArgs, ConfigOptionArgs, RoleOptionArgs {
  paths?: string[];
  json: boolean;
}

export const needsCommand: CliCommand<NeedsArgs> = {
  command: 'needs [paths..]',
  describe:
    'The lowest API version the code runs on, the usages that force it, and the Docker releases that serve it',
  builder: (yargs) =>
    withCodeOptions(
      yargs
        .positional('paths', {
          type: 'string',
          array: true,
          describe: 'Files, directories or globs (default: config include, else .)',
        })
        .option('json', { type: 'boolean', default: false, describe: 'Print one JSON object' }),
    )
      .example('$0 needs examples', 'What the bundled examples need')
      .example('$0 needs src --json', 'As JSON')
      .example('$0 needs . --role source --role test', 'Count the tests too (default: source files only)')
      .example('$0 needs src --daemon=', 'And whether the local daemon serves it (exit 1 if not)'),
  handler: async (args) => {
    const { runNeeds } = await import('./needs-run.ts');
    return runNeeds(args);
  },
};

export type { NeedsArgs };
