import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inDir, withEnv } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

/**
 * The hostile-input harness: each case builds a tree in a temp dir, runs the
 * real CLI (the built bundle, in a child process, so a hang is a killed
 * process and a failed test rather than a stuck suite) and checks the
 * contract: the exit code, one line on stderr, and nothing changed in the
 * temp dir but the files the case says it writes.
 */

const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'bundle', 'cli.js');

/** The bundle must be at least as new as the sources it is built from (npm test builds first). */
export function bundleProblem(): string | undefined {
  if (!existsSync(CLI)) return 'bundle/cli.js is missing: run npm run build';
  const built = statSync(CLI).mtimeMs;
  const stale = newestSource(join(ROOT, 'src'));
  return stale > built ? 'bundle/cli.js is older than src/: run npm run build' : undefined;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** A file's content, or a special entry. */
export type Node =
  | string
  | Buffer
  | { readonly link: string }
  | { readonly fifo: true }
  | { readonly dir: true }
  | { readonly mode: number; readonly text: string };

/**
 * A case's world: `T/outside/` stands for everything above the project
 * (parent folders, other projects), `T/outside/repo/` is the project (a git
 * repository) and the working directory.
 */
export interface World {
  readonly root: string;
  readonly repo: string;
  readonly outside: string;
}

export interface Case {
  readonly name: string;
  /** Files of the project, relative to the repo. */
  readonly tree?: Readonly<Record<string, Node>>;
  /** Files above the project, relative to `outside/`. */
  readonly above?: Readonly<Record<string, Node>>;
  readonly args: readonly string[] | ((world: World) => readonly string[]);
  readonly code: number;
  /** The one stderr line (code 2), or a line stderr must hold. */
  readonly message: RegExp;
  readonly stdout?: RegExp | ((stdout: string) => void);
  /** Paths (relative to the repo) the run may create or change. */
  readonly writes?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Working directory relative to the repo (default: the repo). */
  readonly cwd?: string;
  /** Wall-clock budget; the run is killed after it. */
  readonly timeoutMs?: number;
  /**
   * Run in this process (runCli) instead of a child: for cases that fail in
   * option parsing, before any file is touched, so they cannot hang. Such
   * cases must not run concurrently (the working directory is changed).
   */
  readonly inProcess?: boolean;
  /** Runs before the CLI, after the tree is built (start a reader, a server). */
  readonly before?: (world: World) => Promise<void> | void;
  /** Runs after the checks, before the world is removed (read what was written). */
  readonly after?: (world: World) => void;
  /** More checks on the outcome, awaited. */
  readonly check?: (outcome: Outcome) => void | Promise<void>;
}

export interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly killed: boolean;
}

export function makeWorld(prefix = 'dac-hostile-'): World {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const outside = join(root, 'outside');
  const repo = join(outside, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  return { root, repo, outside };
}

export function build(base: string, files: Readonly<Record<string, Node>>): void {
  for (const [name, node] of Object.entries(files)) {
    const path = join(base, name);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof node === 'string' || Buffer.isBuffer(node)) writeFileSync(path, node);
    else if ('link' in node) symlinkSync(node.link, path);
    else if ('fifo' in node) mkfifo(path);
    else if ('dir' in node) mkdirSync(path, { recursive: true });
    else writeFileSync(path, node.text, { mode: node.mode });
  }
}

function mkfifo(path: string): void {
  if (spawnSync('mkfifo', [path]).status !== 0) throw new Error(`mkfifo ${path} failed`);
}

/** Runs the bundled CLI in `cwd`; kills it after `timeoutMs`. */
export function runBundle(
  args: readonly string[],
  cwd: string,
  options: { timeoutMs?: number; env?: Readonly<Record<string, string>> } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      {
        cwd,
        // Generous: the machine may be busy; a hang is still a kill and a failed case.
        timeout: options.timeoutMs ?? 20_000,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...cleanEnv(), ...options.env },
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const killed = error !== null && 'killed' in error && error.killed === true;
        resolve({ code: killed ? null : (child.exitCode ?? 0), stdout, stderr, killed });
      },
    );
    child.stdin?.end();
  });
}

/** No CI, colour or daemon settings of the machine running the tests. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'DOCKER_HOST', 'FORCE_COLOR', 'DEBUG'])
    delete env[key];
  return { ...env, NO_COLOR: '1' };
}

async function runHere(
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>>,
): Promise<Outcome> {
  const unset = Object.fromEntries(
    ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'DOCKER_HOST', 'FORCE_COLOR', 'DEBUG'].map((key) => [
      key,
      undefined,
    ]),
  );
  const result = await inDir(cwd, () => withEnv({ ...unset, NO_COLOR: '1', ...env }, () => runCli(args)));
  return { ...result, killed: false };
}

/** Every entry under `dir`: type, size, mode and a content hash; links and FIFOs are never opened. */
export function snapshot(dir: string, skip: ReadonlySet<string> = new Set()): Map<string, string> {
  const entries = new Map<string, string>();
  const visit = (path: string, relative: string) => {
    if (skip.has(relative)) return;
    const stats = lstatSync(path);
    let what: string;
    if (stats.isSymbolicLink()) what = `link ${readlinkSync(path)}`;
    else if (stats.isDirectory()) what = 'dir';
    // Huge (sparse) files are compared by size and time: hashing 600 MB would dominate the suite.
    else if (stats.isFile() && stats.size > 64 * 1024 * 1024) what = `file ${stats.size} ${stats.mtimeMs}`;
    else if (stats.isFile()) what = `file ${stats.size} ${hash(readFileSync(path))}`;
    else what = `special ${stats.mode}`;
    entries.set(relative, `${what} ${stats.mode}`);
    if (stats.isDirectory() && !stats.isSymbolicLink()) {
      for (const name of readdirSync(path)) visit(join(path, name), relative ? `${relative}/${name}` : name);
    }
  };
  visit(dir, '');
  return entries;
}

/** Outside the temp dir, what a broken writer would clobber first: the machine's device nodes. */
function machineNodes(): string[] {
  return ['/dev/null', '/dev/full', '/dev/zero', '/dev/stdout', '/dev/stderr'].map((path) => {
    try {
      const stats = lstatSync(path);
      return `${path} ${stats.mode} ${stats.rdev} ${stats.isSymbolicLink() ? readlinkSync(path) : ''}`;
    } catch {
      return `${path} absent`;
    }
  });
}

function hash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** Builds the case's world, runs it and checks the contract. Resolves to the outcome. */
export async function runCase(spec: Case): Promise<Outcome> {
  const world = makeWorld();
  try {
    build(world.repo, spec.tree ?? {});
    build(world.outside, spec.above ?? {});
    await spec.before?.(world);
    const writes = new Set((spec.writes ?? []).map((path) => `outside/repo/${path}`));
    const before = snapshot(world.root, writes);
    const devices = machineNodes();
    const args = typeof spec.args === 'function' ? spec.args(world) : spec.args;
    const cwd = join(world.repo, spec.cwd ?? '.');
    const outcome = spec.inProcess
      ? await runHere(args, cwd, spec.env ?? {})
      : await runBundle(args, cwd, {
          ...(spec.timeoutMs !== undefined && { timeoutMs: spec.timeoutMs }),
          ...(spec.env && { env: spec.env }),
        });
    expect(outcome.killed, `${spec.name}: the CLI hung and was killed`).toBe(false);
    const lines = outcome.stderr.split('\n').filter((line) => line !== '');
    if (spec.code === 2) {
      expect(lines, `${spec.name}: one line on stderr`).toHaveLength(1);
      expect(lines[0]).toMatch(spec.message);
    } else {
      expect(outcome.stderr, `${spec.name}: stderr`).toMatch(spec.message);
    }
    expect(outcome.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(outcome.code, `${spec.name}: exit code (stderr: ${outcome.stderr})`).toBe(spec.code);
    if (typeof spec.stdout === 'function') spec.stdout(outcome.stdout);
    else if (spec.stdout) expect(outcome.stdout).toMatch(spec.stdout);
    expect(diff(before, snapshot(world.root, writes)), `${spec.name}: changed outside its outputs`).toEqual(
      [],
    );
    expect(machineNodes(), `${spec.name}: changed the machine's /dev`).toEqual(devices);
    spec.after?.(world);
    await spec.check?.(outcome);
    return outcome;
  } finally {
    rmSync(world.root, { recursive: true, force: true });
  }
}

function diff(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [path, what] of before) if (after.get(path) !== what) changes.push(`changed ${path}`);
  for (const path of after.keys()) if (!before.has(path)) changes.push(`added ${path}`);
  return changes;
}

/** A request that needs API 1.41 (HostConfig.CgroupnsMode): one error against Docker 19.03 (API 1.40). */
export const NEEDS_141 = `curl -X POST -d '{"HostConfig":{"CgroupnsMode":"private"}}' http://localhost/containers/create\n`;
/** A request every API version serves. */
export const PLAIN = 'curl http://localhost/containers/json\n';

/**
 * Registers a file's cases: those run in this process one after another
 * (they change the working directory), the others as child processes, a few
 * at a time. Skipped, and one failing test says why, when the bundle is stale.
 */
export function hostileSuite(title: string, cases: readonly Case[]): void {
  const problem = bundleProblem();
  const run = async (_name: string, spec: Case) => {
    await runCase(spec);
  };
  const here = cases.filter((spec) => spec.inProcess);
  const children = cases.filter((spec) => !spec.inProcess);
  describe.skipIf(problem !== undefined || here.length === 0)(`${title} (in process)`, () => {
    test.each(here.map((spec) => [spec.name, spec] as const))('%s', run, 60_000);
  });
  describe.skipIf(problem !== undefined || children.length === 0).concurrent(title, () => {
    test.each(children.map((spec) => [spec.name, spec] as const))('%s', run, 60_000);
  });
  test.runIf(problem !== undefined)(`${title} needs a fresh bundle`, () => {
    expect.fail(problem);
  });
}
