import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Reads parts of an ASCII file by byte range. Reading only the bytes a
 * lookup needs keeps the first lookup fast however large the data grows.
 */
export class LineFile {
  readonly #path: string;

  constructor(path: string) {
    this.#path = path;
  }

  /** The first line, without its newline, and its byte length including the newline. */
  firstLine(chunk = 16_384): { text: string; bytes: number } {
    const fd = openSync(this.#path, 'r');
    try {
      let buffer = Buffer.alloc(0);
      for (;;) {
        const next = Buffer.allocUnsafe(chunk);
        const read = readSync(fd, next, 0, chunk, buffer.length);
        buffer = Buffer.concat([buffer, next.subarray(0, read)]);
        const newline = buffer.indexOf(10);
        if (newline !== -1) return { text: buffer.toString('latin1', 0, newline), bytes: newline + 1 };
        if (read === 0) return { text: buffer.toString('latin1'), bytes: buffer.length };
      }
    } finally {
      closeSync(fd);
    }
  }

  /** `length` bytes from `offset`, as text. */
  read(offset: number, length: number): string {
    const fd = openSync(this.#path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(length);
      const read = readSync(fd, buffer, 0, length, offset);
      return buffer.toString('latin1', 0, read);
    } finally {
      closeSync(fd);
    }
  }
}
