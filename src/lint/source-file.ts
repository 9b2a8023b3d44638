/** One text file handed to extractors. */
export interface SourceFile {
  /** Path relative to the scan's working directory, POSIX separators. */
  readonly path: string;
  /** Decoded text (UTF-8; invalid sequences become U+FFFD). */
  readonly text: string;
}
