/** A rule's severity, as eslint spells it. */
export type Severity = 'error' | 'warn' | 'off';

/** Settings a config file (or one of its environments) may hold. See schema/config.schema.json. */
export interface ConfigSettings {
  /** A bare API version target (instead of `docker`). */
  readonly target?: string;
  /** Docker versions or SemVer ranges of the daemons the code runs against. */
  readonly docker?: string | readonly string[];
  /** The daemons' configured minimum API version (DOCKER_MIN_API_VERSION). */
  readonly minApiOverride?: string;
  /** Severity per rule id. */
  readonly rules?: Readonly<Record<string, Severity>>;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Files larger than this many bytes are skipped. */
  readonly maxFileSize?: number;
  readonly baseline?: string;
  /** Globs per file role (source, test, docs, example, generated), tried before the naming conventions. */
  readonly roles?: Readonly<
    Partial<Record<'source' | 'test' | 'docs' | 'example' | 'generated', readonly string[]>>
  >;
}

/** A whole config file: settings plus named environments that override them. */
export interface ConfigFile extends ConfigSettings {
  readonly env?: Readonly<Record<string, ConfigSettings>>;
}

/** A config file found and validated, with the environment (if any) applied. */
export interface LoadedConfig {
  /** Where it came from, or null when no config file exists. */
  readonly filepath: string | null;
  readonly settings: ConfigSettings;
}
