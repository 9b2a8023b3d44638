import type { NormalizedSpec } from '../data/element-types.ts';
import { templateParams, templateShape } from '../data/path-template.ts';

/**
 * Maps each version's path templates onto one canonical template per
 * operation. Two templates that differ only in parameter names are the same
 * operation (DESIGN.md); the canonical names are those of the newest version
 * that has the operation.
 */
export interface PathCanon {
  /** The canonical template of `method path` (path as some version spells it). */
  canonicalPath(method: string, path: string): string;
  /** The canonical name of path parameter `name` of `method path`. */
  canonicalParam(method: string, path: string, name: string): string;
}

export function buildPathCanon(specs: readonly NormalizedSpec[]): PathCanon {
  // Newest first, so the first template seen for a shape wins.
  const byShape = new Map<string, string>();
  for (let index = specs.length - 1; index >= 0; index--) {
    for (const element of specs[index]?.elements ?? []) {
      if (element.in !== 'operation') continue;
      const shape = `${element.method} ${templateShape(element.path)}`;
      if (!byShape.has(shape)) byShape.set(shape, element.path);
    }
  }
  const canonicalPath = (method: string, path: string): string =>
    byShape.get(`${method} ${templateShape(path)}`) ?? path;
  return {
    canonicalPath,
    canonicalParam(method, path, name) {
      const position = templateParams(path).indexOf(name);
      if (position === -1) return name;
      return templateParams(canonicalPath(method, path))[position] ?? name;
    },
  };
}
