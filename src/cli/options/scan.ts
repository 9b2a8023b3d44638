import path from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../../errors.ts';
import type { FileNotice } from '../../lint/files/types.ts';
import { integerOption, textsOption } from './values.ts';

/** What the scan options add to a command's arguments. */
export interface ScanOptionArgs {
  gitignore: boolean;
  excludeDir?: string[];
  exclude?: string[];
  maxFileSize?: number;
  followLinks?: boolean;
}

/** The file-walking options shared by lint, needs and report. */
export function withScanOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .option('gitignore', {
      type: 'boolean',
      default: true,
      describe: 'Honour .gitignore (--no-gitignore to scan all)',
    })
    .option('follow-links', {
      type: 'boolean',
      describe:
        'Follow symbolic links that lead outside the folders scanned (default: skip them, with a notice)',
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

/**
 * A file named on its own that was not read (too large, unreadable) means
 * the run checked nothing the user asked for: a usage error, not "no
 * problems". Inside folders such files stay notices.
 */
export function requireScanned(paths: readonly string[], notices: readonly FileNotice[], cwd: string): void {
  const byFile = new Map(notices.map((notice) => [notice.file, notice]));
  for (const input of paths) {
    const relative = path.relative(cwd, path.resolve(cwd, input)).split(path.sep).join('/');
    const notice = byFile.get(relative);
    if (notice?.kind === 'unreadable') throw new UsageError(`cannot read ${input} (${notice.code})`);
    if (notice?.kind === 'skipped' && notice.hardLimit !== undefined) {
      throw new UsageError(
        `cannot scan ${input}: ${notice.size} bytes, more than the ${notice.hardLimit} a file can have to be read as text`,
      );
    }
    if (notice?.kind === 'skipped' && notice.reason === 'too-large') {
      throw new UsageError(
        `cannot scan ${input}: it is larger than the size limit (raise --max-file-size or maxFileSize)`,
      );
    }
  }
}
