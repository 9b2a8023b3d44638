import type { ElementFacts } from '../data/element-types.ts';
import type { FileRole } from '../lint/usage.ts';

/** One operation a request may be, with the elements the request uses on it (the operation first). */
export interface Candidate {
  readonly operation: ElementFacts;
  readonly elements: readonly ElementFacts[];
}

/**
 * A usage of the Engine API in code, resolved to element facts. A request
 * whose method the code does not state has one candidate per operation whose
 * path fits; a pin setting (`DOCKER_API_VERSION=1.41`) has none.
 */
export interface CodeUsage {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly kind: 'request' | 'pin';
  /** The API version the usage pins (`/v1.41/` prefix or setting), if any. */
  readonly pin?: string;
  /** The operation key when one fits, else the request as written; `DOCKER_API_VERSION` for a setting. */
  readonly element: string;
  readonly candidates: readonly Candidate[];
  /** The role of the file it is written in. */
  readonly role?: FileRole;
}
