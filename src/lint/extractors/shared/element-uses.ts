import type { LineIndex } from '../../text/line-index.ts';
import type { ElementPlace, ElementUse, LiteralValue } from '../../usage.ts';

/** A name written at an offset, with the literal value written for it. */
export interface WrittenName {
  readonly name: string;
  readonly offset: number;
  readonly value?: LiteralValue;
  readonly valueOffset?: number;
}

/** Names found by the text scanners → element uses at their lines and columns. */
export function elementUses(
  place: ElementPlace,
  names: readonly WrittenName[],
  lines: LineIndex,
): ElementUse[] {
  return names.map((written) => ({
    in: place,
    name: written.name,
    at: lines.position(written.offset),
    ...(written.value !== undefined && { value: written.value }),
    ...(written.valueOffset !== undefined && { valueAt: lines.position(written.valueOffset) }),
  }));
}
