import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `fn` with `dir` as the working directory, as the CLI would be started there. */
export async function inDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.cwd();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(saved);
  }
}

/** A fresh copy of a fixture folder outside any repository, for tests that write files. */
export function copyFixture(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dac-ci-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Sets environment variables for the duration of `fn`, then restores them. */
export async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  set(env);
  try {
    return await fn();
  } finally {
    set(saved);
  }
}
