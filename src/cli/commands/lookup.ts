import type { CliCommand } from '../command.ts';
import { textOption } from '../options/values.ts';

interface LookupArgs {
  release?: string;
  api?: string;
  json: boolean;
}

export const lookupCommand: CliCommand<LookupArgs> = {
  command: 'lookup [release]',
  describe: 'Docker release → API versions it serves, or API version → Docker releases',
  builder: (yargs) =>
    yargs
      .positional('release', {
        type: 'string',
        describe: 'Docker version: 27.1, 27.1.2, v27.1.0, 17.03.1-ce, 27',
      })
      .option(
        'api',
        textOption('api', {
          describe: 'Look up an API version instead (for example 1.41)',
          what: 'an API version',
        }),
      )
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON' })
      .conflicts('release', 'api')
      .check((args) => {
        if (args.release === undefined && args.api === undefined)
          throw new Error('Name a Docker version or --api <version>.');
        return true;
      })
      .example('$0 lookup 27.1', 'API versions Docker 27.1 serves')
      .example('$0 lookup 17.03.1-ce --json', 'The same as JSON')
      .example('$0 lookup --api 1.41', 'Docker releases that serve API 1.41 by default'),
  handler: async (args) => {
    const { formatApiLookup, formatDockerLookup } = await import('../../report/lookup-text.ts');
    const matrix = await import('../../matrix/index.ts');
    if (args.api !== undefined) {
      const result = matrix.releasesServing(args.api);
      process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : formatApiLookup(result));
      return 0;
    }
    const result = matrix.resolveDocker(args.release ?? '');
    process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : formatDockerLookup(result));
    return 0;
  },
};
