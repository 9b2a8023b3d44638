import { createRequire } from 'node:module';
import type { Finding } from '../../lint/finding.ts';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/** node:crypto on first use: only SARIF output needs it, and loading it costs every lint run's start-up. */
function sha256(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(text).digest('hex');
}

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
    const hash = sha256(`${key}#${occurrence}`).slice(0, 32);
    result.set(finding, hash);
  }
  return result;
}
