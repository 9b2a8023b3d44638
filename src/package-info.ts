import { readFileSync } from 'node:fs';
import { packageRoot } from './package-root.ts';

export const packageVersion: string = (
  JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')) as { version: string }
).version;
