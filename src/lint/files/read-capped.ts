import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isBinary } from './binary.ts';
import { FileTooLargeError, MAX_TEXT_BYTES, NotRegularFileError, specialKind } from './special.ts';
import type { FileEntry } from './types.ts';
import { isUtf16 } from './utf16.ts';

// Non-blocking, so a FIFO put where the walk saw a file cannot hang the open; regular files ignore it.
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Bytes read first into a shared buffer: most files end within them, and a
 * larger one is stat'ed before the rest is read. In the benchmark's
 * node_modules, oversized and binary files were 81 of the 130 MB read in
 * full before.
 */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads a file, but never more than `maxBytes + 1` bytes: an oversized file
 * costs one stat, not a full read. Synchronous, so worker threads can use it.
 * With `into`, reads into that buffer (reused across files: allocating a
 * buffer per file costs more than reading it) and returns a view of it; then
 * a file over the limit is a FileTooLargeError, and of a binary file only the
 * first bytes are read (enough to tell it is binary).
 */
export function readCapped(entry: FileEntry, limit: number, into?: Buffer): Uint8Array {
  // Never more than one string can hold, whatever the configured limit.
  const maxBytes = Math.min(limit, MAX_TEXT_BYTES);
  const fd = openSync(entry.location, READ_FLAGS);
  try {
    if (into && into.length > maxBytes) return readShared(fd, into, maxBytes);
    const stats = fstatSync(fd);
    if (!stats.isFile())
      throw new NotRegularFileError(`${entry.path} is a ${specialKind(stats) ?? 'directory'}`);
    if (stats.size > maxBytes && maxBytes >= MAX_TEXT_BYTES)
      throw new FileTooLargeError(stats.size, MAX_TEXT_BYTES);
    const length = Math.min(stats.size, maxBytes + 1);
    return readToEnd(fd, Buffer.allocUnsafe(length), length);
  } finally {
    closeSync(fd);
  }
}

/**
 * With a buffer large enough for any allowed file, a short read is the end:
 * no stat (a tenth of a small file's cost). The walk saw a regular file; one
 * swapped for a FIFO since reads as empty (the open cannot block), a device as
 * oversized, a directory as unreadable.
 */
function readShared(fd: number, into: Buffer, maxBytes: number): Uint8Array {
  const head = Math.min(HEAD_BYTES, maxBytes + 1);
  const read = readSync(fd, into, 0, head, null);
  if (read < head) return into.subarray(0, read);
  // A large file: its size, then its first bytes, may spare reading the rest.
  const stats = fstatSync(fd);
  if (stats.isFile()) {
    if (stats.size > maxBytes) throw new FileTooLargeError(stats.size, maxBytes);
    const start = into.subarray(0, read);
    if (isBinary(start) && !isUtf16(start)) return start;
  }
  return readToEnd(fd, into, maxBytes + 1, read);
}

function readToEnd(fd: number, buffer: Buffer, length: number, from = 0): Uint8Array {
  let filled = from;
  while (filled < length) {
    const wanted = length - filled;
    const read = readSync(fd, buffer, filled, wanted, null);
    filled += read;
    // Regular files read short only at their end: no extra read to see a zero.
    if (read < wanted) break;
  }
  return buffer.subarray(0, filled);
}

/** Largest reusable read buffer; beyond it (a raised size limit) each read allocates. */
const MAX_SHARED_BUFFER = 64 * 1024 * 1024;

/** A buffer to pass to readCapped for every file of one thread, when the limit allows. */
export function readBuffer(maxBytes: number): Buffer | undefined {
  return maxBytes < MAX_SHARED_BUFFER ? Buffer.allocUnsafe(maxBytes + 1) : undefined;
}
