/** Offsets → 1-based line and column; line starts are computed once, on first use. */
export class LineIndex {
  private starts: number[] | undefined;

  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }

  /** Offset of the start of the line holding `offset`. */
  lineStart(offset: number): number {
    const starts = this.lineStarts();
    return starts[this.position(offset).line - 1] ?? 0;
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    // `\r\n` and `\n` end lines; a lone `\r` is rare enough to count as text.
    for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1))
      starts.push(at + 1);
    this.starts = starts;
    return starts;
  }
}
