import { realpathSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.ts';
import { readRegularFile } from '../io/read-regular.ts';
import { repositoryRoot } from '../io/repository-root.ts';
import { configSearchDirs } from './search.ts';
import { settled } from './settle.ts';
import type { ConfigFile, ConfigSettings, LoadedConfig } from './types.ts';

export const CONFIG_NAME = 'docker-api-compat';

/** Where a config may live, in the order each folder is searched. */
export const CONFIG_FILES = [
  'package.json',
  `.${CONFIG_NAME}rc`,
  `.${CONFIG_NAME}rc.json`,
  `${CONFIG_NAME}.config.json`,
  `${CONFIG_NAME}.config.js`,
  `${CONFIG_NAME}.config.mjs`,
  `${CONFIG_NAME}.config.ts`,
];

/** Configs that are code: run only from inside the project. */
const CODE = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts']);

export interface LoadConfigOptions {
  readonly cwd: string;
  /** An explicit config file (`--config`); no search then. */
  readonly configPath?: string;
  /** A named environment (`--env`) to apply over the base settings. */
  readonly env?: string;
}

/**
 * The config `--config` names, or the first one found from `cwd` up to the
 * repository root (only `cwd` outside a repository): a config above the
 * project never applies, and a JavaScript or TypeScript config is never run
 * unless it really lies inside the project (a link out of it is refused).
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const found = options.configPath !== undefined ? explicit(options) : search(options.cwd);
  if (!found) {
    if (options.env !== undefined)
      throw new UsageError(`--env ${options.env} given, but no config file was found`);
    return { filepath: null, settings: {} };
  }
  // The schema validator is loaded only when there is a config to check: loading it costs
  // more start-up time than most scans.
  const { validateConfig } = await import('./validate.ts');
  const config = validateConfig((await found.load()) ?? {}, found.filepath);
  return { filepath: found.filepath, settings: applyEnv(config, options.env, found.filepath) };
}

interface Found {
  readonly filepath: string;
  readonly load: () => Promise<unknown>;
}

function explicit(options: LoadConfigOptions): Found {
  const filepath = resolve(options.cwd, options.configPath ?? '');
  const text = readRegularFile(filepath, 'config');
  if (text === undefined) throw new UsageError(`config file ${options.configPath} does not exist`);
  return { filepath, load: () => loadFile(filepath, text) };
}

function search(cwd: string): Found | undefined {
  const root = repositoryRoot(cwd);
  for (const dir of configSearchDirs(cwd, root)) {
    for (const name of CONFIG_FILES) {
      const filepath = resolve(dir, name);
      const text = readRegularFile(filepath, 'config');
      if (text === undefined) continue;
      if (name === 'package.json') {
        const settings = (parseJson(filepath, text) as Record<string, unknown> | null)?.[CONFIG_NAME];
        if (settings === undefined) continue;
        return { filepath, load: async () => settings };
      }
      if (CODE.has(extname(name))) checkInside(filepath, root ?? cwd);
      return { filepath, load: () => loadFile(filepath, text) };
    }
  }
  return undefined;
}

function checkInside(filepath: string, root: string): void {
  const real = realpathSync.native(filepath);
  const realRoot = realpathSync.native(root);
  if (!real.startsWith(`${realRoot}${sep}`)) {
    throw new UsageError(
      `config ${filepath} leads to ${real}, outside the project: a config that is code is only run from inside it`,
    );
  }
}

async function loadFile(filepath: string, text: string): Promise<unknown> {
  if (!CODE.has(extname(filepath))) return parseJson(filepath, text);
  return settled(filepath, importConfig(filepath));
}

async function importConfig(filepath: string): Promise<unknown> {
  try {
    const module = (await importModule(filepath)) as { default?: unknown } | null;
    return module && typeof module === 'object' && 'default' in module ? module.default : module;
  } catch (error) {
    throw new UsageError(`cannot load config ${filepath}: ${firstLine(error)}`);
  }
}

// TypeScript configs need a transform on Node 20; jiti is loaded only for them.
async function importModule(filepath: string): Promise<unknown> {
  if (!/\.[mc]?ts$/.test(filepath)) return import(pathToFileURL(filepath).href);
  const { createJiti } = await import('jiti');
  return createJiti(import.meta.url).import(filepath);
}

function parseJson(filepath: string, content: string): unknown {
  try {
    return content.trim() === '' ? {} : JSON.parse(content);
  } catch (error) {
    throw new UsageError(`config ${filepath} is not valid JSON: ${firstLine(error)}`);
  }
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

function firstLine(error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`
      : String(error);
  return text.split('\n')[0] ?? '';
}
