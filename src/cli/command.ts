import type { Argv } from 'yargs';

/** One CLI command: a module under cli/commands exports one of these. */
export interface CliCommand<Args = Record<string, unknown>> {
  command: string | string[];
  describe: string;
  builder: (yargs: Argv) => Argv;
  /** Resolves to the process exit code (DESIGN.md: 0 ok, 1 findings, 2 usage). */
  handler: (args: Args) => Promise<number> | number;
}
