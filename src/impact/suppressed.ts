import { covers } from '../suppress/apply.ts';
import type { Directive } from '../suppress/directives.ts';

/**
 * Rules whose suppression takes a usage out of `needs` and `report`: both say
 * "this usage asks more than the target serves", so a comment accepting that
 * means the usage must not raise the requirement either (docs/needs.md).
 */
export const REQUIREMENT_RULES: readonly string[] = ['api-too-new', 'api-version-unsupported'];

interface Site {
  readonly file: string;
  readonly line: number;
}

/** The usages that no valid directive for a requirement rule covers, and how many it did. */
export function unsuppressed<U extends Site>(
  usages: readonly U[],
  directives: ReadonlyMap<string, readonly Directive[]>,
): { kept: U[]; suppressed: number } {
  if (directives.size === 0) return { kept: [...usages], suppressed: 0 };
  const kept = usages.filter((usage) => {
    const inFile = directives.get(usage.file) ?? [];
    return !REQUIREMENT_RULES.some((rule) =>
      inFile.some((directive) => covers(directive, { rule, file: usage.file, line: usage.line })),
    );
  });
  return { kept, suppressed: usages.length - kept.length };
}
