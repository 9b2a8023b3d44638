/** Characters shown around a usage. */
const BEFORE = 80;
const AFTER = 160;

/**
 * The source line around a usage, capped, for messages and reports. Only
 * looks within the caps, so one-line (minified) files stay linear.
 */
export function snippet(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - BEFORE), start);
  const tail = text.slice(start, Math.min(text.length, Math.max(end, start + 1), start + AFTER));
  const newlineBefore = head.lastIndexOf('\n');
  const newlineAfter = tail.indexOf('\n');
  return (head.slice(newlineBefore + 1) + (newlineAfter === -1 ? tail : tail.slice(0, newlineAfter))).trim();
}
