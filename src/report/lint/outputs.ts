import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../errors.ts';
import { writeFileAtomic } from '../../io/write-atomic.ts';
import type { LintResult } from '../../lint/run.ts';
import { wantsColor } from './colors.ts';
import { lintReporters } from './reporters.ts';
import type { ReporterOptions } from './types.ts';

/** One output of a run: a format, and the file it goes to (stdout when absent). */
export interface OutputPlan {
  readonly format: string;
  readonly file?: string;
}

/**
 * Pairs `--format` and `--output-file` by position. A format without a file
 * (or with `-` or an empty one) writes to stdout, at most one of them. Without any
 * format: `github` inside GitHub Actions, else `stylish`.
 */
export function planOutputs(
  formats: readonly string[] = [],
  files: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): OutputPlan[] {
  const chosen = formats.length > 0 ? formats : [env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish'];
  if (files.length > chosen.length) {
    throw new UsageError(
      `${files.length} --output-file for ${chosen.length} --format: give each output file its own --format, in the same order`,
    );
  }
  const plans = chosen.map((format, index): OutputPlan => {
    if (!lintReporters.has(format)) {
      throw new UsageError(`unknown format "${format}": use ${[...lintReporters.keys()].join(', ')}`);
    }
    const file = files[index];
    return file && file !== '-' ? { format, file } : { format };
  });
  const toStdout = plans.filter((plan) => plan.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `--format ${toStdout.map((plan) => plan.format).join(' and ')} would all write to stdout: give all but one an --output-file`,
    );
  }
  return plans;
}

/** Renders every output; files are replaced atomically, so a reader never sees half a report. */
export function writeOutputs(
  result: LintResult,
  plans: readonly OutputPlan[],
  options: { cwd: string; repositoryPrefix?: string; stdout?: NodeJS.WriteStream },
): void {
  const stdout = options.stdout ?? process.stdout;
  for (const plan of plans) {
    const reporter = lintReporters.get(plan.format);
    if (!reporter) continue;
    const reporterOptions: ReporterOptions = {
      color: plan.file === undefined && wantsColor(stdout),
      ...(options.repositoryPrefix !== undefined && { repositoryPrefix: options.repositoryPrefix }),
    };
    const text = reporter(result, reporterOptions);
    if (plan.file === undefined) {
      stdout.write(text);
      continue;
    }
    const path = resolve(options.cwd, plan.file);
    makeFolder(dirname(path), plan.file);
    writeFileAtomic(path, text);
  }
}

// As eslint does: a report folder (`reports/lint.sarif`) need not exist yet.
function makeFolder(folder: string, file: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
}
