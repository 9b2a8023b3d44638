import { UsageError } from '../../errors.ts';
import {
  checkDistinct,
  type OutputTarget,
  outputTarget,
  writeOutputs as writeFiles,
} from '../../io/output.ts';
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

/** An output whose file was checked: where it goes, before anything is written. */
export interface CheckedOutput extends OutputPlan {
  readonly target?: OutputTarget;
}

/**
 * Checks every output file before the run: a directory, a link to nothing,
 * a folder that cannot exist, or two outputs into one file fail here, so no
 * output is replaced when another cannot be written.
 */
export function checkOutputs(plans: readonly OutputPlan[], cwd: string): CheckedOutput[] {
  const checked = plans.map(
    (plan): CheckedOutput =>
      plan.file === undefined ? plan : { ...plan, target: outputTarget(plan.file, cwd) },
  );
  checkDistinct(
    checked.flatMap((plan) =>
      plan.target ? [{ target: plan.target, label: `--format ${plan.format}` }] : [],
    ),
  );
  return checked;
}

/** Renders every output, then writes them all or none of the files (see io/output.ts). */
export function writeOutputs(
  result: LintResult,
  plans: readonly CheckedOutput[],
  options: { repositoryPrefix?: string; stdout?: NodeJS.WriteStream },
): void {
  const stdout = options.stdout ?? process.stdout;
  const files: { target: OutputTarget; text: string }[] = [];
  let toStdout: string | undefined;
  for (const plan of plans) {
    const reporter = lintReporters.get(plan.format);
    if (!reporter) continue;
    const reporterOptions: ReporterOptions = {
      color: plan.target === undefined && wantsColor(stdout),
      ...(options.repositoryPrefix !== undefined && { repositoryPrefix: options.repositoryPrefix }),
    };
    const text = reporter(result, reporterOptions);
    if (plan.target) files.push({ target: plan.target, text });
    else toStdout = text;
  }
  writeFiles(files);
  if (toStdout !== undefined) stdout.write(toStdout);
}
