import type { SourceFile } from '../source-file.ts';

/** Siblings of the same package: written in the same language as `path` (same extension). */
export function sameExtension(path: string, siblings: readonly SourceFile[]): SourceFile[] {
  const extension = (p: string) => p.slice(p.lastIndexOf('.'));
  return siblings.filter((sibling) => extension(sibling.path) === extension(path));
}
