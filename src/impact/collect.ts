import type { ElementFacts } from '../data/element-types.ts';
import type { FileNotice } from '../lint/files/types.ts';
import type { ResolvedUsage } from '../lint/resolve-usage.ts';
import type { ScanOptions } from '../lint/scan/index.ts';
import type { RequestUsage, Usage } from '../lint/usage.ts';
import type { Candidate, CodeUsage } from './code-usage.ts';
import { unsuppressed } from './suppressed.ts';

export interface CollectOptions extends ScanOptions {
  /** Leave out usages suppressed for a requirement rule (default true); see suppressed.ts. */
  readonly suppressions?: boolean;
}

export interface CollectedCode {
  /** Text files searched. */
  readonly files: number;
  readonly usages: readonly CodeUsage[];
  /** Usages left out because a comment suppressed them. */
  readonly suppressed: number;
  readonly notices: readonly FileNotice[];
}

/**
 * Scans files and resolves each usage to element facts; requests that match
 * no operation, and usages suppressed for a requirement rule, are left out.
 */
export async function collectCode(options: CollectOptions): Promise<CollectedCode> {
  const { scan } = await import('../lint/scan/index.ts');
  const { cachedResolve } = await import('../lint/resolve-usage.ts');
  const scanned = await scan(options);
  const resolve = cachedResolve();
  const directives = options.suppressions === false ? new Map() : scanned.directives;
  const { kept, suppressed } = unsuppressed(scanned.usages, directives);
  const usages = kept.flatMap((usage) => toCodeUsage(usage, resolve));
  return { files: scanned.files, usages, suppressed, notices: scanned.notices };
}

/** A usage as data the impact analysis reads; [] for a request to no known operation. */
export function toCodeUsage(usage: Usage, resolve: (usage: RequestUsage) => ResolvedUsage): CodeUsage[] {
  const site = {
    file: usage.file,
    line: usage.line,
    column: usage.column,
    ...(usage.role && { role: usage.role }),
  };
  if (usage.kind === 'pin') {
    return [{ ...site, kind: 'pin', pin: usage.pin, element: 'DOCKER_API_VERSION', candidates: [] }];
  }
  const resolved = resolve(usage);
  if (resolved.candidates.length === 0) return [];
  const candidates: Candidate[] = resolved.candidates.map(({ operation, elements }) => ({
    operation,
    elements: unique(elements.map((placed) => placed.facts)),
  }));
  const [only, ...more] = resolved.candidates;
  const element =
    only && more.length === 0
      ? only.operation.key
      : usage.method
        ? `${usage.method} ${usage.path}`
        : usage.path;
  const pin = usage.pin;
  return [{ ...site, kind: 'request', ...(pin !== undefined && { pin }), element, candidates }];
}

/** Each element once, in first-seen order: a field written twice is used once. */
function unique(elements: readonly ElementFacts[]): ElementFacts[] {
  const seen = new Map<string, ElementFacts>();
  for (const element of elements) if (!seen.has(element.key)) seen.set(element.key, element);
  return [...seen.values()];
}
