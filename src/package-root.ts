import { fileURLToPath } from 'node:url';

// This module sits directly in src/ (tests) or dist/ (installed), so the
// package root is always one level up.
export const packageRoot: string = fileURLToPath(new URL('../', import.meta.url));
export const dataDir: string = fileURLToPath(new URL('../data/', import.meta.url));
