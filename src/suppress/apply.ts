import type { Directive } from './directives.ts';

/** The part of a finding suppression looks at. */
export interface Suppressible {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  /** The request holding the element, when the finding is on an element inside one. */
  readonly request?: { readonly line: number };
}

export interface SuppressionResult<F extends Suppressible> {
  readonly kept: F[];
  /** Suppressed findings with the directive that suppressed each. */
  readonly suppressed: { finding: F; directive: Directive }[];
  /** Directives that suppressed nothing, per file. */
  readonly unused: { file: string; directive: Directive }[];
  /** Directives without a reason (they suppress nothing). */
  readonly invalid: { file: string; directive: Directive }[];
}

/** Applies each file's directives to its findings. */
export function applySuppressions<F extends Suppressible>(
  findings: readonly F[],
  directivesByFile: ReadonlyMap<string, readonly Directive[]>,
): SuppressionResult<F> {
  const used = new Set<Directive>();
  const result: SuppressionResult<F> = { kept: [], suppressed: [], unused: [], invalid: [] };
  for (const finding of findings) {
    const directive = (directivesByFile.get(finding.file) ?? []).find((candidate) =>
      covers(candidate, finding),
    );
    if (directive) {
      used.add(directive);
      result.suppressed.push({ finding, directive });
    } else {
      result.kept.push(finding);
    }
  }
  for (const [file, directives] of directivesByFile) {
    for (const directive of directives) {
      if (directive.reason === '') result.invalid.push({ file, directive });
      else if (!used.has(directive)) result.unused.push({ file, directive });
    }
  }
  return result;
}

/**
 * Whether a valid directive suppresses the finding: it names the rule and
 * covers the line, either the element's own line or the line of the request
 * that carries it (a comment above a call covers its whole options object).
 */
export function covers(directive: Directive, finding: Suppressible): boolean {
  if (directive.reason === '' || !directive.rules.includes(finding.rule)) return false;
  if (directive.kind === 'file') return true;
  const next = directive.line + 1;
  return next === finding.line || next === finding.request?.line;
}
