import { UsageError } from '../../errors.ts';
import type { FileNotice } from '../../lint/files/types.ts';
import type { RuleId, Severity } from '../../lint/finding.ts';
import { RULES } from '../../lint/rules/definitions.ts';
import { lint } from '../../lint/run.ts';
import { lintReporters, wantsColor } from '../../report/lint/index.ts';
import { resolveTarget } from '../../targets/index.ts';
import type { LintArgs } from './lint.ts';

/** The lint command's work, loaded only when it runs. Resolves to the exit code. */
export async function runLint(args: LintArgs): Promise<number> {
  const reporter = lintReporters.get(args.format);
  if (!reporter) {
    throw new UsageError(`unknown format "${args.format}": use ${[...lintReporters.keys()].join(' or ')}`);
  }
  const target = resolveTarget({
    ...(args.target !== undefined && { api: args.target }),
    ...(args.docker !== undefined && { docker: args.docker }),
    ...(args.minApiOverride !== undefined && { minApiOverride: args.minApiOverride }),
  });
  if (args.maxFileSize !== undefined && !(args.maxFileSize > 0)) {
    throw new UsageError(`--max-file-size must be a positive number of bytes, not ${args.maxFileSize}`);
  }
  const result = await lint({
    cwd: process.cwd(),
    paths: args.paths ?? [],
    target,
    rules: parseRules(args.rule ?? []),
    ...(args.maxFileSize !== undefined && { maxFileBytes: args.maxFileSize }),
    gitignore: args.gitignore,
    ...(args.excludeDir !== undefined && { excludeDirs: args.excludeDir }),
    ...(args.workers !== undefined && { workers: args.workers }),
  });
  for (const line of noticeLines(result.notices)) process.stderr.write(`docker-api-compat: ${line}\n`);
  process.stdout.write(reporter(result, { color: wantsColor(process.stdout) }));
  return result.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
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

/** What the scan skipped, said once per file; binary files only as a count. */
function noticeLines(notices: readonly FileNotice[]): string[] {
  const lines: string[] = [];
  let binary = 0;
  for (const notice of notices) {
    if (notice.kind === 'skipped' && notice.reason === 'binary') binary++;
    else if (notice.kind === 'skipped') lines.push(`skipped ${notice.file}: larger than the size limit`);
    else if (notice.kind === 'unreadable') lines.push(`warning: cannot read ${notice.file} (${notice.code})`);
    else lines.push(`skipped ${notice.file}: symbolic link loop`);
  }
  if (binary > 0) lines.push(`skipped ${binary} binary ${binary === 1 ? 'file' : 'files'}`);
  return lines;
}
