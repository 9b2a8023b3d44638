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
    const text = this.text;
    // `\n`, `\r\n` and a lone `\r` (classic Mac files) end lines; most files have no `\r`,
    // and for them one indexOf scan is all.
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    } else {
      for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length);
    }
    this.starts = starts;
    return starts;
  }
}
