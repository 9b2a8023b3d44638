import type { Word } from '../words.ts';

/** A stretch of a file that holds shell command lines. */
export interface Region {
  readonly start: number;
  readonly end: number;
  /** Make recipe syntax (`$$`, `$(VAR)`). */
  readonly make?: boolean;
  /** False in folded YAML blocks, where lines join into one command. */
  readonly newlineEnds?: boolean;
  /**
   * Console transcripts: only lines that start with a prompt (`$ `) are
   * commands; the prompt is not part of them. Set by the docs reader, which
   * then hands each prompted line as its own region.
   */
  readonly prompt?: boolean;
}

/** `DOCKER_API_VERSION` set for a stretch of the file (`export`, a CI `env:` block). */
export interface PinScope {
  readonly version: string;
  /** Offset of the version text. */
  readonly at: number;
  /** Commands starting in [from, to) run with it. */
  readonly from: number;
  readonly to: number;
}

export interface FileRegions {
  readonly regions: readonly Region[];
  readonly pins: readonly PinScope[];
  /** Argument lists read as the program receives them (a YAML `command: ["docker", …]`, a code block in docs). */
  readonly argv?: readonly Word[][];
}

/** Offsets of line starts, one pass. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The end of the line starting at `start` (the newline's offset, or the text's end). */
export function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

export const indentOf = (text: string, start: number): number => {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - start;
};

/** A reading of a slice of the file, moved to where the slice starts. */
export function shifted(read: FileRegions, by: number): FileRegions {
  const word = (w: Word): Word => ({ ...w, start: w.start + by, offsets: w.offsets.map((o) => o + by) });
  return {
    regions: read.regions.map((r) => ({ ...r, start: r.start + by, end: r.end + by })),
    pins: read.pins.map((p) => ({ ...p, at: p.at + by, from: p.from + by, to: p.to + by })),
    argv: (read.argv ?? []).map((words) => words.map(word)),
  };
}
