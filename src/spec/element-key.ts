import type { ElementIn } from '../data/element-types.ts';

export interface ElementKeyParts {
  readonly method: string;
  readonly path: string;
  readonly in: ElementIn;
  readonly name?: string;
  readonly value?: string;
}

/** The DESIGN.md element key: `GET /containers/json query:all`, `… body:X.Y=value`. */
export function elementKey(parts: ElementKeyParts): string {
  const operation = `${parts.method} ${parts.path}`;
  if (parts.in === 'operation') return operation;
  const value = parts.value === undefined ? '' : `=${parts.value}`;
  return `${operation} ${parts.in}:${parts.name ?? ''}${value}`;
}
