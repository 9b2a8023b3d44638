import type { FileRole } from './usage.ts';

/**
 * Every role, in the order `needs` lists them. Apart from roles.ts so the
 * command line can offer the choices without loading the role rules (picomatch).
 */
export const FILE_ROLES: readonly FileRole[] = ['source', 'test', 'example', 'docs', 'generated'];
