import { ENGINE_ROOTS } from '../../context/engine-paths.ts';
import { headedMatch } from '../../text/find-literal.ts';
import { literalPattern } from '../../text/literal-pattern.ts';
import { PATH_NAME_CHARS } from '../../text/path-name-chars.ts';

// Prefix-factored (`/c(?:o(?:mmit|n(?:figs|tainers)))`), sticky, tried at each `/`
// (./text/find-literal.ts). No root is a prefix of another, and none holds a
// second `/`: it matches where the flat global alternation did.
const ROOT_PATTERN = new RegExp(
  // The class ends with `-`, so it reads as the characters themselves.
  `(?:${literalPattern(ENGINE_ROOTS.map((root) => `/${root}`)).source})(?![${PATH_NAME_CHARS}])`,
  'y',
);
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
  for (
    let index = headedMatch(text, '/', ROOT_PATTERN, from, to);
    index !== -1;
    index = headedMatch(text, '/', ROOT_PATTERN, index + 1, to)
  ) {
    const prefix = VERSION_PREFIX.exec(text.slice(Math.max(0, index - 48), index));
    starts.push(prefix ? index - prefix[0].length : index);
  }
  return starts;
}
