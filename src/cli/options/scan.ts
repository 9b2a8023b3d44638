import type { Argv } from 'yargs';

/** What the scan options add to a command's arguments. */
export interface ScanOptionArgs {
  gitignore: boolean;
  excludeDir?: string[];
}

/** The file-walking options shared by lint, needs and report. */
export function withScanOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .option('gitignore', {
      type: 'boolean',
      default: true,
      describe: 'Honour .gitignore (--no-gitignore to scan all)',
    })
    .option('exclude-dir', {
      type: 'string',
      array: true,
      describe: 'Directory names to skip, replacing the default: .git node_modules vendor',
    }) as Argv<T>;
}
