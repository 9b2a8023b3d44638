import type { CliCommand } from '../command.ts';
import { CACHE_OPTIONS } from '../options/cache.ts';
import { type RoleOptionArgs, withCodeOptions } from '../options/code.ts';
import type { ConfigOptionArgs } from '../options/config.ts';
import type { DaemonOptionArgs } from '../options/daemon.ts';
import type { ScanOptionArgs } from '../options/scan.ts';
import { choiceOption, integerOption, textOption, textsOption } from '../options/values.ts';

interface LintArgs extends DaemonOptionArgs, ScanOptionArgs, ConfigOptionArgs, RoleOptionArgs {
  paths?: string[];
  target?: string;
  docker?: string[];
  podman?: string[];
  minApiOverride?: string;
  format?: string[];
  outputFile?: string[];
  rule?: string[];
  workers?: number;
  cache?: boolean;
  cacheLocation?: string;
  suppressions: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  pruneBaseline?: boolean;
  maxWarnings?: number;
  failOn?: 'error' | 'warn';
}

/** The most worker threads a scan starts. */
export const MAX_WORKERS = 32;

const OUTPUT = 'Output and exit code:';
const ADOPTION = 'Suppressions and baselines:';

export const lintCommand: CliCommand<LintArgs> = {
  command: 'lint [paths..]',
  describe: 'Find Engine API usage the target daemons cannot serve',
  builder: (yargs) =>
    withCodeOptions(
      yargs
        .positional('paths', {
          type: 'string',
          array: true,
          describe: 'Files, directories or globs (default: config include, else .)',
        })
        .option(
          'target',
          textOption('target', { describe: 'Target API version, for example 1.41', what: 'an API version' }),
        )
        .option(
          'docker',
          textsOption('docker', {
            describe: 'Target Docker version or range (repeatable): 20.10, ">=24"',
            what: 'a Docker version or range',
          }),
        )
        .option(
          'podman',
          textsOption('podman', {
            describe:
              'Target Podman version or range (repeatable; with --docker for a mixed fleet): 4.3, ">=5"',
            what: 'a Podman version or range',
          }),
        )
        .option(
          'min-api-override',
          textOption('min-api-override', {
            describe: "Daemons' configured minimum API version (DOCKER_MIN_API_VERSION)",
            what: 'an API version',
          }),
        ),
    )
      .option(
        'rule',
        textsOption('rule', {
          describe: 'Rule severity (repeatable): api-unversioned=warn, api-deprecated=off',
          what: 'RULE=SEVERITY',
        }),
      )
      .options(CACHE_OPTIONS)
      .option(
        'workers',
        // More threads than this cost memory and start-up and never paid on the benchmark machine.
        integerOption('workers', {
          min: 0,
          max: MAX_WORKERS,
          unit: 'worker threads',
          describe: `Worker threads for large trees (default 0: this thread; at most ${MAX_WORKERS})`,
        }),
      )
      .option(
        'format',
        textsOption('format', {
          group: OUTPUT,
          describe:
            'stylish, json, sarif or github (repeatable; default github in GitHub Actions, else stylish)',
          what: 'a format: stylish, json, sarif or github',
        }),
      )
      .option(
        'output-file',
        // `-o=` and `-o=-` mean stdout.
        textsOption('output-file', {
          alias: 'o',
          group: OUTPUT,
          empty: true,
          describe: 'File for the --format in the same position (repeatable; -o=- or none: stdout)',
        }),
      )
      .option(
        'max-warnings',
        integerOption('max-warnings', {
          min: 0,
          unit: 'warnings',
          group: OUTPUT,
          describe: 'Exit 1 when there are more warnings than this',
        }),
      )
      .option(
        'fail-on',
        choiceOption('fail-on', ['error', 'warn'], {
          group: OUTPUT,
          describe: 'Lowest severity that makes the exit code 1 (default error)',
        }),
      )
      .option('suppressions', {
        type: 'boolean',
        default: true,
        group: ADOPTION,
        describe: 'Honour docker-api-compat-ignore comments (--no-suppressions to ignore them)',
      })
      .option(
        'baseline',
        textOption('baseline', {
          group: ADOPTION,
          describe: 'Baseline file of accepted findings',
          what: 'a file',
        }),
      )
      .option('update-baseline', {
        type: 'boolean',
        group: ADOPTION,
        describe: 'Write the current findings to the baseline file',
      })
      .option('prune-baseline', {
        type: 'boolean',
        group: ADOPTION,
        describe: 'Drop fixed entries from the baseline file',
      })
      .conflicts('update-baseline', 'prune-baseline')
      .example('$0 lint examples --docker 20.10', 'Check the bundled examples against Docker 20.10')
      .example('$0 lint src --docker ">=24" --format sarif -o lint.sarif', 'SARIF for code scanning')
      .example('$0 lint src --docker 27 --podman 4.3', 'A fleet of Docker 27 and Podman 4.3 hosts')
      .example(
        '$0 lint --env ci --format github --format sarif -o=- -o lint.sarif',
        'CI annotations and SARIF',
      ),
  handler: async (args) => {
    const { runLint } = await import('./lint-run.ts');
    return runLint(args);
  },
};

export type { LintArgs };
