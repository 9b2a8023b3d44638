import { ENGINE_ROOTS } from '../../context/engine-paths.ts';

const ROOT_PATTERN = new RegExp(`/(?:${ENGINE_ROOTS.join('|')})(?![A-Za-z0-9_.-])`, 'g');
/** A version prefix just before a root: `/v1.41`, `/v${v}`, `/v%s`, `/v{}`. */
const VERSION_PREFIX = /\/v(?:\d{1,2}\.\d{1,3}|\$\{[^}\n]{0,40}\}|%s|\{[^}\n]{0,30}\})$/;

/** Literals every Engine path contains: `/containers`, `/info`, … */
export const ENGINE_ROOT_LITERALS: readonly string[] = ENGINE_ROOTS.map((root) => `/${root}`);

/**
 * Offsets in `[from, to)` where an Engine-looking path starts (at its `/v1.NN`
 * prefix when there is one), in order.
 */
export function findPathStarts(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  const pattern = new RegExp(ROOT_PATTERN);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const prefix = VERSION_PREFIX.exec(text.slice(Math.max(0, match.index - 48), match.index));
    starts.push(prefix ? match.index - prefix[0].length : match.index);
  }
  return starts;
}
