import type { Argv } from 'yargs';
import { integerOption, textsOption } from './values.ts';

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
    .option(
      'exclude-dir',
      textsOption('exclude-dir', {
        describe: 'Directory names to skip, replacing the default: .git node_modules vendor',
        what: 'a directory name',
        greedy: true,
      }),
    )
    .option(
      'exclude',
      textsOption('exclude', {
        describe: 'Globs of files or directories to skip (repeatable; adds to config exclude)',
        what: 'a glob',
      }),
    )
    .option(
      'max-file-size',
      // 0 would skip every file; the values come from integerOption, checked.
      integerOption('max-file-size', {
        min: 1,
        unit: 'bytes',
        describe: 'Skip files larger than this many bytes (default 2 MB)',
      }),
    ) as Argv<T>;
}
