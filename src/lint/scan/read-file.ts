import { type Directive, findDirectives, SUPPRESSION_MARKER } from '../../suppress/directives.ts';
import { extractFile, prefilterLiterals } from '../extract.ts';
import { decodeUtf8, skipNotice } from '../files/load.ts';
import type { FileEntry, FileNotice } from '../files/types.ts';
import type { Usage } from '../usage.ts';
import { bytePrefilter } from './byte-prefilter.ts';

/** What scanning some files produced. */
export interface ScanBatch {
  /** Text files read and searched. */
  files: number;
  usages: Usage[];
  notices: FileNotice[];
  /** Suppression comments of the files that have any. */
  directives: { file: string; directives: Directive[] }[];
}

export function emptyBatch(): ScanBatch {
  return { files: 0, usages: [], notices: [], directives: [] };
}

const mayHoldUsages = bytePrefilter(prefilterLiterals());
// Suppression comments are rare: a native byte search spares decoding and
// parsing every file that has none.
const MARKER_BYTES = Buffer.from(SUPPRESSION_MARKER);
function mayHoldDirectives(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(MARKER_BYTES);
}

/**
 * Reads, classifies and extracts one file into `batch`; a read error becomes
 * a notice. The bytes may live in a reused buffer: nothing keeps them.
 */
export function scanOne(
  entry: FileEntry,
  read: (entry: FileEntry, maxBytes: number) => Uint8Array,
  maxBytes: number,
  batch: ScanBatch,
): void {
  let bytes: Uint8Array;
  try {
    bytes = read(entry, maxBytes);
  } catch (error) {
    batch.notices.push({
      kind: 'unreadable',
      file: entry.path,
      code: (error as NodeJS.ErrnoException).code ?? 'EIO',
    });
    return;
  }
  const notice = skipNotice(entry, bytes, maxBytes);
  if (notice) {
    batch.notices.push(notice);
    return;
  }
  batch.files++;
  let text: string | undefined;
  if (mayHoldUsages(bytes)) {
    text = decodeUtf8(bytes);
    batch.usages.push(...extractFile({ path: entry.path, text }));
  }
  if (mayHoldDirectives(bytes)) {
    const directives = findDirectives(text ?? decodeUtf8(bytes));
    if (directives.length > 0) batch.directives.push({ file: entry.path, directives });
  }
}
