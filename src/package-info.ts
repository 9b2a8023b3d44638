import { readFileSync } from 'node:fs';
import { packageRoot } from './package-root.ts';

export const packageVersion: string = (
  JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')) as { version: string }
).version;

/** Where the project lives: SARIF's informationUri, the base of rule help links. */
export const repositoryUrl = 'https://github.com/docker-api-compat/docker-api-compat';

/** A rule's documentation page on the repository. */
export function ruleHelpUri(rule: string): string {
  return `${repositoryUrl}/blob/main/docs/rules/${rule}.md`;
}
