import type { CliCommand } from '../command.ts';
import { CACHE_OPTIONS } from '../options/cache.ts';
import { withCodeOptions } from '../options/code.ts';
import type { ConfigOptionArgs } from '../options/config.ts';
import type { DaemonOptionArgs } from '../options/daemon.ts';
import type { ScanOptionArgs } from '../options/scan.ts';
import { textOption, textsOption } from '../options/values.ts';

interface ReportArgs extends DaemonOptionArgs, ScanOptionArgs, ConfigOptionArgs {
  paths?: string[];
  from?: string;
  to?: string;
  fromDocker?: string;
  podman?: string[];
  toDocker?: string;
  format?: string;
  onlyUsed: boolean;
  output?: string;
  cache?: boolean;
  cacheLocation?: string;
}

export const reportCommand: CliCommand<ReportArgs> = {
  command: 'report [paths..]',
  describe: 'What moving from one API version or Docker release to another changes, for the code and the API',
  builder: (yargs) =>
    withCodeOptions(
      yargs
        .positional('paths', {
          type: 'string',
          array: true,
          describe: 'Files, directories or globs to check (none: API only)',
        })
        .option(
          'from',
          textOption('from', {
            describe: 'API version moved from, for example 1.41',
            what: 'an API version',
          }),
        )
        .option('to', textOption('to', { describe: 'API version moved to', what: 'an API version' }))
        .option(
          'from-docker',
          textOption('from-docker', {
            describe: 'Docker release moved from, for example 20.10',
            what: 'a Docker version',
          }),
        )
        .option(
          'to-docker',
          textOption('to-docker', {
            describe: 'Docker release moved to, for example 29.0',
            what: 'a Docker version',
          }),
        )
        .option(
          'podman',
          textsOption('podman', {
            describe: 'Podman release moved from (instead of --from), for example 4.3',
            what: 'a Podman version',
          }),
        )
        .option(
          'format',
          textOption('format', {
            describe: 'markdown, html or json (default markdown)',
            what: 'a format: markdown, html or json',
          }),
        )
        .option('only-used', {
          type: 'boolean',
          default: false,
          describe: 'List API changes only on endpoints the code uses',
        })
        .option(
          'output',
          textOption('output', {
            alias: 'o',
            describe: 'Write the report to this file instead of stdout',
            what: 'a file',
          }),
        ),
    )
      .options(CACHE_OPTIONS)
      .conflicts('daemon', ['from', 'from-docker'])
      .conflicts('podman', ['from', 'from-docker'])
      .example('$0 report --from 1.41 --to 1.44 src', 'What an upgrade from API 1.41 to 1.44 changes for src')
      .example(
        '$0 report --from-docker 28.5 --to-docker 29.0 src --format html -o report.html',
        'As one HTML file',
      )
      .example('$0 report --from 1.44 --to 1.41 --format json', 'A downgrade, API changes only, as JSON')
      .example('$0 report --daemon= --to-docker 29.0 src', 'From the local daemon to Docker 29.0'),
  handler: async (args) => {
    const { runReport } = await import('./report-run.ts');
    return runReport(args);
  },
};

export type { ReportArgs };
