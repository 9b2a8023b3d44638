/**
 * The docker CLI's surface as data (data/docker-cli.json), generated from
 * docker/cli's source at a pinned release by ./generate/.
 */
export interface CliData {
  readonly generated: string;
  /** The pinned sources the facts were read from: `docker-cli@v29.7.2` and its commit. */
  readonly source: { readonly id: string; readonly commit: string };
  readonly client: { readonly id: string; readonly commit: string };
  /** Flags of `docker` itself (`-H`, `--context`), before the subcommand. */
  readonly globalFlags: Readonly<Record<string, CliFlag>>;
  /** Every command by its canonical path (`container run`). */
  readonly commands: Readonly<Record<string, CliCommand>>;
  /** Every way to type a command (`run`, `container run`, `container ls`, `ps`) → its canonical path. */
  readonly paths: Readonly<Record<string, string>>;
}

export interface CliCommand {
  /** Where the command is defined: `path:line` at the source commit. */
  readonly at: string;
  /**
   * The API version the CLI requires before it runs the command: the highest
   * `version` annotation of the command and its groups (a group's applies to
   * its subcommands, as the CLI checks them).
   */
  readonly version?: string;
  /** Where that annotation is written. */
  readonly versionAt?: string;
  /** Set when flags end at the first argument: in `docker run IMG --rm`, `--rm` is the container's. */
  readonly interspersed?: false;
  /** True for a group (`docker container`) that only holds subcommands. */
  readonly group?: true;
  /** The command's main request: its flags' elements belong to it. */
  readonly operation?: string;
  /** Every operation the command's code may send, in the order the source makes them. */
  readonly operations: readonly string[];
  readonly flags: Readonly<Record<string, CliFlag>>;
  /** Positional arguments that set elements: `#0` the first (`run`'s image), `#1+` the rest (its command). */
  readonly args?: Readonly<Record<string, { readonly sets: readonly CliSet[] }>>;
  /**
   * `version` annotations the source sets on flags the command does not have
   * (pflag refuses them and the CLI drops the error): recorded, never checked.
   */
  readonly ignoredAnnotations?: readonly {
    readonly flag: string;
    readonly version: string;
    readonly at: string;
  }[];
}

export interface CliFlag {
  /** One-letter shorthand (`-d`). */
  readonly short?: string;
  /** True when the flag takes a value; false for a boolean (which accepts `--flag=false`). */
  readonly value: boolean;
  readonly at: string;
  /** The flag's `version` annotation: the CLI refuses it on an older daemon. */
  readonly version?: string;
  readonly versionAt?: string;
  readonly deprecated?: true;
  readonly hidden?: true;
  /**
   * Engine elements the flag sets (element keys); `value`: the flag's text is
   * sent as the element's value; `when`: only values that pass the test set it.
   */
  readonly sets?: readonly CliSet[];
  /**
   * A comma-separated list of `key=value` options (`--mount type=bind,src=…`):
   * each option (aliases included) → the elements it sets, at the option.
   */
  readonly options?: Readonly<Record<string, readonly CliSet[]>>;
}

export interface CliSet {
  readonly key: string;
  readonly value?: true;
  /** The value sent is the flag's text before this separator (`--restart on-failure:3` → `on-failure`). */
  readonly cut?: string;
  readonly when?: { readonly test: 'contains' | 'lacks' | 'equals' | 'differs'; readonly text: string };
}
