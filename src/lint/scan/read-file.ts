import { type Directive, findDirectives } from '../../suppress/directives.ts';
import { boundedLiterals, extractFile, prefilterLiterals } from '../extract.ts';
import { decodeUtf8 } from '../files/load.ts';
import type { FileEntry, FileNotice } from '../files/types.ts';
import { RoleClassifier } from '../roles.ts';
import type { FileRole, Usage } from '../usage.ts';
import { readText, type Sieve, sieveFor, type TextHit } from './classify.ts';
import { siblingsOf } from './siblings.ts';

/** What scanning some files produced. */
export interface ScanBatch {
  /** Text files read and searched. */
  files: number;
  usages: Usage[];
  notices: FileNotice[];
  /** Suppression comments of the files that have any. */
  directives: { file: string; directives: Directive[] }[];
  /** Decides the role stamped on each file's usages. */
  readonly roles: RoleClassifier;
  /** The role of each file that has usages or suppression comments. */
  fileRoles: Map<string, FileRole>;
}

export function emptyBatch(roles: RoleClassifier = new RoleClassifier()): ScanBatch {
  return { files: 0, usages: [], notices: [], directives: [], roles, fileRoles: new Map() };
}

let sieve: Sieve | undefined;

/** The sieve for the registered extractors, built on first use (a run that reads no file needs none). */
export function defaultSieve(): Sieve {
  sieve ??= sieveFor(prefilterLiterals(), boundedLiterals());
  return sieve;
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
  const hit = readText(entry, read, maxBytes, defaultSieve(), batch);
  if (hit) extractHit(entry, hit, batch);
}

/** Decodes a file that passed the sieve and adds its usages and directives to `batch`. */
export function extractHit(entry: FileEntry, hit: TextHit, batch: ScanBatch): void {
  const text = decodeUtf8(hit.bytes);
  const role = batch.roles.roleOf(entry.path, text);
  let found = 0;
  if (hit.usages) {
    const usages = extractFile({ path: entry.path, text, role }, undefined, siblingsOf(entry));
    batch.usages.push(...usages);
    found = usages.length;
  }
  if (hit.directives) {
    const directives = findDirectives(text);
    if (directives.length > 0) batch.directives.push({ file: entry.path, directives });
    found += directives.length;
  }
  if (found > 0) batch.fileRoles.set(entry.path, role);
}
