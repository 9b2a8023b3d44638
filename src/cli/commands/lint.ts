import type { CliCommand } from '../command.ts';
import { type RoleOptionArgs, withCodeOptions } from '../options/code.ts';
import type { ConfigOptionArgs } from '../options/config.ts';
import type { DaemonOptionArgs } from '../options/daemon.ts';
import type { ScanOptionArgs } from '../options/scan.ts';

interface LintArgs extends DaemonOptionArgs, ScanOptionArgs, ConfigOptionArgs, RoleOptionArgs {
  paths?: string[];
  target?: string;
  docker?: string[];
  minApiOverride?: string;
  format?: string[];
  outputFile?: string[];
  rule?: string[];
  workers?: number;
  suppressions: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  pruneBaseline?: boolean;
  maxWarnings?: number;
  failOn?: 'error' | 'warn';
}

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
        .option('target', { type: 'string', describe: 'Target API version, for example 1.41' })
        .option('docker', {
          type: 'string',
          array: true,
          nargs: 1,
          describe: 'Target Docker version or range (repeatable): 20.10, ">=24"',
        })
        .option('min-api-override', {
          type: 'string',
          describe: "Daemons' configured minimum API version (DOCKER_MIN_API_VERSION)",
        }),
    )
      .option('rule', {
        type: 'string',
        array: true,
        nargs: 1,
        describe: 'Rule severity (repeatable): api-unversioned=warn, api-deprecated=off',
      })
      .option('workers', {
        type: 'number',
        describe: 'Worker threads for large trees (default 0: this thread)',
      })
      .option('format', {
        type: 'string',
        array: true,
        nargs: 1,
        group: OUTPUT,
        describe:
          'stylish, json, sarif or github (repeatable; default github in GitHub Actions, else stylish)',
      })
      .option('output-file', {
        type: 'string',
        array: true,
        nargs: 1,
        alias: 'o',
        group: OUTPUT,
        describe: 'File for the --format in the same position (repeatable; -o=- or none: stdout)',
      })
      .option('max-warnings', {
        type: 'number',
        group: OUTPUT,
        describe: 'Exit 1 when there are more warnings than this',
      })
      .option('fail-on', {
        choices: ['error', 'warn'] as const,
        group: OUTPUT,
        describe: 'Lowest severity that makes the exit code 1 (default error)',
      })
      .option('suppressions', {
        type: 'boolean',
        default: true,
        group: ADOPTION,
        describe: 'Honour docker-api-compat-ignore comments (--no-suppressions to ignore them)',
      })
      .option('baseline', { type: 'string', group: ADOPTION, describe: 'Baseline file of accepted findings' })
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
