import { createHash } from 'node:crypto';
import type { Finding } from '../../lint/finding.ts';

/**
 * Fingerprints that survive edits elsewhere in the file: rule, file, element
 * and the finding's rank among equal ones, never the line. `findings` must
 * be in file order; the map is keyed by finding object.
 */
export function fingerprints(findings: readonly Finding[]): Map<Finding, string> {
  const seen = new Map<string, number>();
  const result = new Map<Finding, string>();
  for (const finding of findings) {
    const key = JSON.stringify([finding.rule, finding.file, finding.element]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const hash = createHash('sha256').update(`${key}#${occurrence}`).digest('hex').slice(0, 32);
    result.set(finding, hash);
  }
  return result;
}
