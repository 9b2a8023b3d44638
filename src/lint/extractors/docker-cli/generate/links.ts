/**
 * Flag → element links the field analysis cannot follow (the value passes
 * through a parser or a helper of another module). Each row cites the line
 * that writes the flag into the request; a test fails when the line no
 * longer names the flag.
 */
export interface HandLink {
  readonly command: string;
  readonly flag: string;
  /** Element key. */
  readonly key: string;
  /** The flag's text is sent as the element's value. */
  readonly value?: true;
  /** `path:line@commit` in docker-cli, and the flag name the line shows. */
  readonly cite: string;
  readonly shows: string;
}

export const HAND_LINKS: readonly HandLink[] = [];
