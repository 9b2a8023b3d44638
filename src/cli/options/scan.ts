import type { Argv } from 'yargs';
import { UsageError } from '../../errors.ts';

/** What the scan options add to a command's arguments. */
export interface ScanOptionArgs {
  gitignore: boolean;
  excludeDir?: string[];
  exclude?: string[];
  maxFileSize?: number;
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
    })
    .option('exclude', {
      type: 'string',
      array: true,
      nargs: 1,
      describe: 'Globs of files or directories to skip (repeatable; adds to config exclude)',
    })
    .option('max-file-size', {
      type: 'number',
      describe: 'Skip files larger than this many bytes (default 2 MB)',
    }) as Argv<T>;
}

/** A size of 0 or less, or one yargs could not read (NaN), would silently skip every file or none. */
export function checkScanOptions(args: ScanOptionArgs): void {
  if (args.maxFileSize !== undefined && !(args.maxFileSize > 0)) {
    throw new UsageError(`--max-file-size must be a positive number of bytes, not ${args.maxFileSize}`);
  }
}
