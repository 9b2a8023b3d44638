import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { lilconfig } from 'lilconfig';
import { UsageError } from '../errors.ts';
import type { ConfigFile, ConfigSettings, LoadedConfig } from './types.ts';

export const CONFIG_NAME = 'docker-api-compat';

/** Where a config may live, searched from the working directory upwards. */
export const CONFIG_FILES = [
  'package.json',
  `.${CONFIG_NAME}rc`,
  `.${CONFIG_NAME}rc.json`,
  `${CONFIG_NAME}.config.json`,
  `${CONFIG_NAME}.config.js`,
  `${CONFIG_NAME}.config.mjs`,
  `${CONFIG_NAME}.config.ts`,
];

export interface LoadConfigOptions {
  readonly cwd: string;
  /** An explicit config file (`--config`); no search then. */
  readonly configPath?: string;
  /** A named environment (`--env`) to apply over the base settings. */
  readonly env?: string;
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const searcher = lilconfig(CONFIG_NAME, {
    searchPlaces: CONFIG_FILES,
    loaders: { '.ts': loadTypeScript, noExt: loadJson, '.json': loadJson },
  });
  let result: Awaited<ReturnType<typeof searcher.search>>;
  try {
    if (options.configPath !== undefined) {
      const path = resolve(options.cwd, options.configPath);
      if (!existsSync(path)) throw new UsageError(`config file ${options.configPath} does not exist`);
      result = await searcher.load(path);
    } else {
      result = await searcher.search(options.cwd);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read config: ${firstLine(error)}`);
  }
  if (!result) {
    if (options.env !== undefined)
      throw new UsageError(`--env ${options.env} given, but no config file was found`);
    return { filepath: null, settings: {} };
  }
  // The schema validator is loaded only when there is a config to check: loading it costs
  // more start-up time than most scans.
  const { validateConfig } = await import('./validate.ts');
  const config = validateConfig(result.config ?? {}, result.filepath);
  return { filepath: result.filepath, settings: applyEnv(config, options.env, result.filepath) };
}

function applyEnv(config: ConfigFile, env: string | undefined, filepath: string): ConfigSettings {
  const { env: environments, ...base } = config;
  if (env === undefined) return base;
  const chosen = environments?.[env];
  if (!chosen) {
    const known = Object.keys(environments ?? {});
    const list = known.length > 0 ? `; it has ${known.join(', ')}` : '; it defines no environments';
    throw new UsageError(`environment "${env}" is not defined in ${filepath}${list}`);
  }
  return { ...base, ...chosen, rules: { ...base.rules, ...chosen.rules } };
}

function loadJson(filepath: string, content: string): unknown {
  try {
    return content.trim() === '' ? {} : JSON.parse(content);
  } catch (error) {
    throw new UsageError(`config ${filepath} is not valid JSON: ${firstLine(error)}`);
  }
}

// TypeScript configs need a transform on Node 20; jiti is loaded only for them.
async function loadTypeScript(filepath: string): Promise<unknown> {
  const { createJiti } = await import('jiti');
  const module = (await createJiti(import.meta.url).import(filepath)) as { default?: unknown };
  return module.default ?? module;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
