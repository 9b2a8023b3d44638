/** A file a provider can hand to the scanner. */
export interface FileEntry {
  /** Path relative to the working directory, POSIX separators: what reports show. */
  readonly path: string;
  /** Where the provider finds the bytes (absolute path for the file system). */
  readonly location: string;
}

/** Something the scan did not read, said as data; the run goes on. */
export type FileNotice =
  | {
      readonly kind: 'skipped';
      readonly file: string;
      readonly reason: 'binary' | 'too-large';
      readonly size?: number;
      /** Set when the limit is not the configured one but what a string can hold. */
      readonly hardLimit?: number;
    }
  | { readonly kind: 'unreadable'; readonly file: string; readonly code: string }
  | { readonly kind: 'symlink-loop'; readonly file: string }
  /** A FIFO, device or socket: never opened, a read could block forever or never end. */
  | { readonly kind: 'special'; readonly file: string; readonly what: SpecialKind }
  /** A symbolic link whose target lies outside every scanned folder (not followed unless asked). */
  | { readonly kind: 'link-outside'; readonly file: string; readonly target: string };

export type SpecialKind = 'FIFO' | 'character device' | 'block device' | 'socket';

export interface FileListing {
  readonly entries: readonly FileEntry[];
  readonly notices: readonly FileNotice[];
}

/**
 * Where source files come from: a folder today; stdin or a git diff later.
 * The scanner only lists and reads through this interface.
 */
export interface SourceProvider {
  /** Lists candidate files in a stable order, ignore rules already applied. */
  list(): Promise<FileListing>;
  /** Reads at most `maxBytes + 1` bytes, so callers can tell an oversized file. */
  read(entry: FileEntry, maxBytes: number): Promise<Uint8Array>;
}
