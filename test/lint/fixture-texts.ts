import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');

/** Every text file of the fixtures (corpora, projects), with its path under test/fixtures. */
export function fixtureTexts(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const text = readFileSync(full, 'utf8');
        if (!text.includes('\u0000')) out.push({ path: path.relative(FIXTURES, full), text });
      }
    }
  };
  walk(FIXTURES);
  return out;
}
