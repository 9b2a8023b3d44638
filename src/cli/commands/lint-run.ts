import { appendFileSync } from 'node:fs';
import { staleDataWarning } from '../../data/freshness.ts';
import { UsageError } from '../../errors.ts';
import { repositoryPrefix } from '../../io/repository-root.ts';
import type { BaselinePlan } from '../../lint/ci/baseline-step.ts';
import { exitCodeOf, failReasons } from '../../lint/ci/exit-code.ts';
import { type LintSettings, mergeSettings } from '../../lint/ci/settings.ts';
import type { RuleId, Severity } from '../../lint/finding.ts';
import { RULES } from '../../lint/rules/definitions.ts';
import { lint } from '../../lint/run.ts';
import { githubStepSummary, planOutputs, writeOutputs } from '../../report/lint/index.ts';
import { noticeLines } from '../../report/scan-notices.ts';
import { resolveTarget } from '../../targets/index.ts';
import { loadConfigOf } from '../options/config.ts';
import { daemonTarget } from '../options/daemon.ts';
import { checkScanOptions } from '../options/scan.ts';
import { say } from '../say.ts';
import type { LintArgs } from './lint.ts';

/** The lint command's work, loaded only when it runs. Resolves to the exit code. */
export async function runLint(args: LintArgs): Promise<number> {
  const cwd = process.cwd();
  const outputs = planOutputs(args.format, args.outputFile);
  checkNumbers(args);
  const config = await loadConfigOf(args, cwd);
  const settings = mergeSettings({ ...args, rules: parseRules(args.rule ?? []) }, config, cwd);
  const target = (await daemonTarget(args)) ?? resolveTarget(settings.target);
  const plan = baselinePlan(args, settings);
  const warnings = [...target.warnings, staleDataWarning()].filter((line) => line !== undefined);
  for (const line of warnings) say(`warning: ${line}`);
  const result = await lint({
    cwd,
    paths: settings.paths,
    target,
    rules: settings.rules,
    exclude: settings.exclude,
    ...(settings.maxFileSize !== undefined && { maxFileBytes: settings.maxFileSize }),
    gitignore: args.gitignore,
    ...(args.excludeDir !== undefined && { excludeDirs: args.excludeDir }),
    ...(args.workers !== undefined && { workers: args.workers }),
    suppressions: args.suppressions !== false,
    roles: settings.roles,
    ...(args.role && { role: args.role }),
    ...(plan && { baseline: plan }),
  });
  for (const line of noticeLines(result.notices)) say(line);
  for (const line of result.baseline?.notes ?? []) say(line);
  const staleEntries = result.baseline?.staleEntries ?? 0;
  writeOutputs(result, outputs, { cwd, repositoryPrefix: repositoryPrefix(cwd) });
  if (outputs.some((output) => output.format === 'github')) appendStepSummary(githubStepSummary(result));
  const reasons = failReasons(result.findings, {
    ...(args.failOn !== undefined && { failOn: args.failOn }),
    ...(args.maxWarnings !== undefined && { maxWarnings: args.maxWarnings }),
    staleBaselineEntries: staleEntries,
  });
  if (reasons.includes('too-many-warnings')) {
    const warningCount = result.findings.filter((finding) => finding.severity === 'warn').length;
    say(`${warningCount} warnings exceed --max-warnings ${args.maxWarnings}`);
  }
  return exitCodeOf(reasons);
}

/** GitHub's job summary is a nicety: failing to write it must not fail the lint. */
function appendStepSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, markdown);
  } catch (error) {
    say(`warning: cannot append to GITHUB_STEP_SUMMARY (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
}

function checkNumbers(args: LintArgs): void {
  checkScanOptions(args);
  if (args.maxWarnings !== undefined && !(Number.isInteger(args.maxWarnings) && args.maxWarnings >= 0)) {
    throw new UsageError(
      `--max-warnings must be a whole number of warnings, 0 or more, not ${args.maxWarnings}`,
    );
  }
}

function baselinePlan(args: LintArgs, settings: LintSettings): BaselinePlan | undefined {
  const mode = args.updateBaseline ? 'update' : args.pruneBaseline ? 'prune' : 'check';
  if (settings.baselinePath === undefined) {
    if (mode !== 'check')
      throw new UsageError(`--${mode}-baseline needs --baseline FILE or "baseline" in the config`);
    return undefined;
  }
  return { path: settings.baselinePath, mode };
}

const SEVERITIES: readonly Severity[] = ['error', 'warn', 'off'];

/** `api-unversioned=warn` → { 'api-unversioned': 'warn' }; anything else is a usage error. */
export function parseRules(specs: readonly string[]): Partial<Record<RuleId, Severity>> {
  const rules: Partial<Record<RuleId, Severity>> = {};
  for (const spec of specs) {
    const [id = '', severity = ''] = spec.split('=');
    if (!RULES.has(id as RuleId)) {
      throw new UsageError(
        `unknown rule "${id}" in --rule ${spec}: rules are ${[...RULES.keys()].join(', ')}`,
      );
    }
    if (!SEVERITIES.includes(severity as Severity)) {
      throw new UsageError(`--rule ${spec}: severity must be error, warn or off`);
    }
    rules[id as RuleId] = severity as Severity;
  }
  return rules;
}
