import type { Argv } from 'yargs';
import { UsageError } from '../../errors.ts';
import type { CliCommand } from '../command.ts';
import { textOption } from '../options/values.ts';

interface SpecsArgs {
  action: 'sync';
  from?: string;
  download?: boolean;
}

export const specsCommand: CliCommand<SpecsArgs> = {
  command: 'specs <action>',
  describe: 'Fetch the upstream Engine API definitions into specs/cache/, verifying every SHA-256',
  builder: (yargs: Argv) =>
    yargs
      .positional('action', {
        choices: ['sync'],
        describe: 'sync: copy or download every pinned spec file',
        coerce: (action: unknown) => {
          if (action !== 'sync')
            throw new UsageError(`unknown action "${String(action)}": the only action is sync`);
          return action;
        },
      })
      .option(
        'from',
        textOption('from', {
          describe:
            'Copy from this folder (default: env DOCKER_API_SPECS_DIR, a local mirror, or the pinned upstream commit)',
          what: 'a folder',
        }),
      )
      .option('download', {
        type: 'boolean',
        describe: 'Ignore local mirrors and download from the pinned upstream commit',
        conflicts: 'from',
      })
      .example(
        '$0 specs sync',
        'Copy from DOCKER_API_SPECS_DIR or a local mirror, else download; check every SHA-256',
      )
      .example('$0 specs sync --from ../mirror/docker-engine', 'Copy from a folder of spec files')
      .example('$0 specs sync --download', 'Download from the pinned upstream commit'),
  handler: async (args) => {
    const { syncSpecs } = await import('../../spec/sync.ts');
    const result = await syncSpecs({
      ...(args.from === undefined ? {} : { from: args.from }),
      forceDownload: args.download === true,
    });
    process.stdout.write(
      `specs: ${result.copied.length} copied, ${result.kept.length} already verified in ${result.cacheDir} (source: ${result.source})\n`,
    );
    return 0;
  },
};
