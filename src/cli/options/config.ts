import type { Argv } from 'yargs';
import { loadConfig } from '../../config/load.ts';
import type { LoadedConfig } from '../../config/types.ts';

/** What the config options add to a command's arguments. */
export interface ConfigOptionArgs {
  config?: string;
  env?: string;
}

/** The config file options shared by lint, needs and report. */
export function withConfigOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .option('config', { type: 'string', alias: 'c', describe: 'Config file (default: searched upwards)' })
    .option('env', {
      type: 'string',
      describe: 'Named environment of the config file to apply',
    }) as Argv<T>;
}

/** The config file the options name, or the one found upwards from `cwd`. */
export function loadConfigOf(args: ConfigOptionArgs, cwd: string): Promise<LoadedConfig> {
  return loadConfig({
    cwd,
    ...(args.config !== undefined && { configPath: args.config }),
    ...(args.env !== undefined && { env: args.env }),
  });
}
