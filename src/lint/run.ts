import type { ResolvedRequest } from '../data/index.ts';
import type { FileNotice } from './files/types.ts';
import type { Finding, RuleId, Severity } from './finding.ts';
import { applyRules, type Resolve } from './rules/index.ts';
import { type ScanOptions, scan } from './scan/index.ts';
import type { Target } from './target.ts';
import type { RequestUsage, Usage } from './usage.ts';

export interface LintOptions extends ScanOptions {
  readonly target: Target;
  /** Severity per rule; unnamed rules keep their defaults. */
  readonly rules?: Partial<Record<RuleId, Severity>>;
  /** Request → element facts; default: the shipped element data. */
  readonly resolve?: Resolve;
}

export interface LintResult {
  readonly target: Target;
  /** Text files searched. */
  readonly files: number;
  readonly usages: readonly Usage[];
  readonly findings: readonly Finding[];
  readonly notices: readonly FileNotice[];
}

/** Files → usages → element facts → findings, in a deterministic order. */
export async function lint(options: LintOptions): Promise<LintResult> {
  const scanned = await scan(options);
  const resolve = options.resolve ?? (await defaultResolve());
  const findings = applyRules(scanned.usages, cached(resolve), options.target, options.rules);
  return {
    target: options.target,
    files: scanned.files,
    usages: scanned.usages,
    findings,
    notices: scanned.notices,
  };
}

async function defaultResolve(): Promise<Resolve> {
  const { resolveRequest } = await import('../data/index.ts');
  return (usage) =>
    resolveRequest({
      ...(usage.method && { method: usage.method }),
      path: usage.path,
      query: usage.query,
      body: usage.body,
      headers: usage.headers,
    });
}

/** The same request written in many places resolves once. */
function cached(resolve: Resolve): Resolve {
  const results = new Map<string, ResolvedRequest>();
  return (usage: RequestUsage) => {
    const key = JSON.stringify([usage.method, usage.path, usage.pin, usage.query, usage.body, usage.headers]);
    let result = results.get(key);
    if (!result) {
      result = resolve(usage);
      results.set(key, result);
    }
    return result;
  };
}
