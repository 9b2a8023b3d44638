import { dirname, resolve } from 'node:path';
import type { LoadedConfig } from '../../config/types.ts';
import type { TargetOptions } from '../../targets/resolve-target.ts';
import type { RuleId, Severity } from '../finding.ts';
import type { RoleOverrides } from '../roles.ts';
import { configRules } from './config-rules.ts';

/** The lint options that a config file may also set; the command line wins. */
export interface LintCliSettings {
  readonly paths?: readonly string[];
  readonly target?: string;
  readonly docker?: readonly string[];
  readonly minApiOverride?: string;
  readonly maxFileSize?: number;
  readonly exclude?: readonly string[];
  readonly baseline?: string;
  /** Rules from `--rule`, already parsed. */
  readonly rules?: Partial<Record<RuleId, Severity>>;
}

export interface LintSettings {
  readonly target: TargetOptions;
  readonly paths: readonly string[];
  readonly exclude: readonly string[];
  readonly rules: Partial<Record<RuleId, Severity>>;
  readonly maxFileSize?: number;
  /** Absolute path of the baseline file, when one is named. */
  readonly baselinePath?: string;
  /** Globs per file role from the config. */
  readonly roles: RoleOverrides;
}

/**
 * Config settings under command-line settings. A target on the command line
 * (`--target`, `--docker`) replaces the config's whole target; rules merge
 * per id; paths replace `include`; `exclude` globs add up. Paths in the
 * config file are relative to the working directory, except `baseline`,
 * which is relative to the config file (so every folder finds the same one).
 */
export function mergeSettings(cli: LintCliSettings, config: LoadedConfig, cwd: string): LintSettings {
  const file = config.settings;
  const cliTarget = cli.target !== undefined || (cli.docker?.length ?? 0) > 0;
  const docker = cliTarget ? cli.docker : toList(file.docker);
  const api = cliTarget ? cli.target : file.target;
  const minApiOverride = cli.minApiOverride ?? file.minApiOverride;
  const maxFileSize = cli.maxFileSize ?? file.maxFileSize;
  const baselinePath =
    cli.baseline !== undefined
      ? resolve(cwd, cli.baseline)
      : file.baseline !== undefined && config.filepath !== null
        ? resolve(dirname(config.filepath), file.baseline)
        : undefined;
  return {
    target: {
      ...(api !== undefined && { api }),
      ...(docker !== undefined && docker.length > 0 && { docker }),
      ...(minApiOverride !== undefined && { minApiOverride }),
    },
    paths: cli.paths?.length ? cli.paths : (file.include ?? []),
    exclude: [...(file.exclude ?? []), ...(cli.exclude ?? [])],
    rules: { ...configRules(file.rules, config.filepath ?? 'config'), ...cli.rules },
    ...(maxFileSize !== undefined && { maxFileSize }),
    ...(baselinePath !== undefined && { baselinePath }),
    roles: file.roles ?? {},
  };
}

function toList(value: string | readonly string[] | undefined): readonly string[] | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? [value] : value;
}
