/**
 * The one string order of the project: UTF-16 code units, as `Array.sort`
 * without a comparator, so output never depends on the machine's locale.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
