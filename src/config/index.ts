export type { LoadConfigOptions } from './load.ts';
export { CONFIG_FILES, loadConfig } from './load.ts';
export type { ConfigFile, ConfigSettings, LoadedConfig, Severity } from './types.ts';
export { validateConfig } from './validate.ts';
