/**
 * The specs rarely set `deprecated: true`; mostly a description opens a line
 * or sentence with a notice such as `Deprecated: …` or `> **Deprecated**: …`.
 * The colon is required: mentions like "MAINTAINER (deprecated)" or "the
 * `is-automated` filter is deprecated" describe something else than the
 * element itself and must not mark it.
 */
const NOTICE = /(?:^|\n|[.!?][ \t]+)[ \t]*(?:>[ \t]*)?(?:\*\*)?deprecated(?:\*\*)?[ \t]*:/i;

export interface MaybeDeprecated {
  readonly deprecated?: unknown;
  readonly description?: unknown;
  readonly summary?: unknown;
}

/** True when the node is flagged deprecated or its prose carries a deprecation notice. */
export function isDeprecated(node: MaybeDeprecated): boolean {
  if (node.deprecated === true) return true;
  return hasDeprecationNotice(node.description) || hasDeprecationNotice(node.summary);
}

export function hasDeprecationNotice(text: unknown): boolean {
  return typeof text === 'string' && NOTICE.test(text);
}
