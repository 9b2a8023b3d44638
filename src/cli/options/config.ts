import type { Argv } from 'yargs';
import type { LoadedConfig } from '../../config/types.ts';
import { textOption } from './values.ts';

/** What the config options add to a command's arguments. */
export interface ConfigOptionArgs {
  config?: string;
  env?: string;
}

/** The config file options shared by lint, needs and report. */
export function withConfigOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .option(
      'config',
      textOption('config', {
        alias: 'c',
        describe: 'Config file (default: searched upwards to the repository root)',
        what: 'a file',
      }),
    )
    .option(
      'env',
      textOption('env', {
        describe: 'Named environment of the config file to apply',
        what: 'an environment name',
      }),
    ) as Argv<T>;
}

/** The config file the options name, or the one found upwards from `cwd`. */
export async function loadConfigOf(args: ConfigOptionArgs, cwd: string): Promise<LoadedConfig> {
  // Loaded here, not with the options: declaring `--config` must not load the config reader.
  const { loadConfig } = await import('../../config/load.ts');
  return loadConfig({
    cwd,
    ...(args.config !== undefined && { configPath: args.config }),
    ...(args.env !== undefined && { env: args.env }),
  });
}
