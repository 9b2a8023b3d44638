import type { CliCommand } from '../command.ts';

interface LintArgs {
  paths?: string[];
  target?: string;
  docker?: string[];
  minApiOverride?: string;
  format: string;
  rule?: string[];
  maxFileSize?: number;
  gitignore: boolean;
  excludeDir?: string[];
  workers?: number;
}

export const lintCommand: CliCommand<LintArgs> = {
  command: 'lint [paths..]',
  describe: 'Find Engine API usage the target daemons cannot serve',
  builder: (yargs) =>
    yargs
      .positional('paths', {
        type: 'string',
        array: true,
        describe: 'Files, directories or globs (default: .)',
      })
      .option('target', { type: 'string', describe: 'Target API version, for example 1.41' })
      .option('docker', {
        type: 'string',
        array: true,
        describe: 'Target Docker version or range (repeatable): 20.10, ">=24"',
      })
      .option('min-api-override', {
        type: 'string',
        describe: "Daemons' configured minimum API version (DOCKER_MIN_API_VERSION)",
      })
      .option('format', { type: 'string', default: 'stylish', describe: 'Output format: stylish or json' })
      .option('rule', {
        type: 'string',
        array: true,
        describe: 'Rule severity (repeatable): api-unversioned=warn, api-deprecated=off',
      })
      .option('max-file-size', {
        type: 'number',
        describe: 'Skip files larger than this many bytes (default 2 MB)',
      })
      .option('gitignore', {
        type: 'boolean',
        default: true,
        describe: 'Honour .gitignore (--no-gitignore to scan all)',
      })
      .option('exclude-dir', {
        type: 'string',
        array: true,
        describe: 'Directory names to skip, replacing the default: .git node_modules vendor',
      })
      .option('workers', {
        type: 'number',
        describe: 'Worker threads for large trees (default 0: this thread)',
      })
      .example('$0 lint examples --docker 20.10', 'Check the bundled examples against Docker 20.10')
      .example('$0 lint src --target 1.41 --format json', 'JSON findings against API 1.41'),
  handler: async (args) => {
    const { runLint } = await import('./lint-run.ts');
    return runLint(args);
  },
};

export type { LintArgs };
