import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseDaemonHost } from '../../src/daemon/host.ts';
import { daemonRequest } from '../../src/daemon/request.ts';

/** What the live tests share about the processes they start: finding, signalling, waiting. */

/** A service of our own (dockerd, `podman system service`) on a private socket in a temporary folder. */
export interface LiveService {
  /** `unix://<dir>/<name>.sock` */
  readonly host: string;
  readonly dir: string;
  readonly pid: number;
  stop(): Promise<void>;
}

// `required` (CI): a service that cannot start fails the tests; `off`: skip them.
const LIVE_SETTING = process.env.DOCKER_API_COMPAT_LIVE;

/** Why a root-only Linux service cannot be started here, or undefined when one can be tried. */
export function liveUnavailable(service: string, binary: string, debianPackage: string): string | undefined {
  if (LIVE_SETTING === 'off') return 'DOCKER_API_COMPAT_LIVE=off';
  if (process.platform !== 'linux') return `${service} runs on Linux only (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return `${service} is started as root, and the tests run as an ordinary user`;
  if (!findBinary(binary)) return `no ${binary} binary on PATH (install the ${debianPackage} package)`;
  return undefined;
}

/** A start that failed: skipped visibly, or an error when the live tests are required. */
export function notStarted(reason: string): { readonly ok: false; readonly reason: string } {
  if (LIVE_SETTING === 'required') throw new Error(`live tests required, but ${reason}`);
  return { ok: false, reason };
}

// Daemons live in sbin, which a non-login PATH may lack.
export const SEARCH_PATH = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'].filter(
  Boolean,
);

export function findBinary(name: string): string | undefined {
  for (const directory of SEARCH_PATH) {
    try {
      accessSync(join(directory, name), constants.X_OK);
      return join(directory, name);
    } catch {
      // Not here.
    }
  }
  return undefined;
}

// The process may end between the check and the signal.
export function signal(pid: number, name: NodeJS.Signals): void {
  if (!alive(pid)) return;
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

// A zombie (exited, not yet reaped) counts as gone. No pid (a spawn that
// failed) is never alive: signalling pid 0 would reach our own process group.
export function alive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL after `withinMs`; resolves once the process is gone. */
export async function stopPid(pid: number, withinMs: number): Promise<void> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + withinMs;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  signal(pid, 'SIGKILL');
  while (alive(pid)) await sleep(50);
}

/** Polls `/_ping` until it answers 200; throws when the process exits or the time is up. */
export async function waitForPing(
  child: import('node:child_process').ChildProcess,
  name: string,
  host: string,
  withinMs: number,
): Promise<void> {
  const endpoint = parseDaemonHost(host);
  const deadline = Date.now() + withinMs;
  let exited: string | undefined;
  child.once('exit', (code, how) => {
    exited = `${name} exited (${how ?? `code ${code}`})`;
  });
  child.once('error', (error) => {
    exited = `${name} failed to run: ${error.message}`;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(exited);
    try {
      const response = await daemonRequest(endpoint, {
        method: 'GET',
        path: '/_ping',
        timeoutMs: 1000,
        read: 'all',
      });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`/_ping did not answer within ${withinMs / 1000} s`);
}

export function lastLine(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').pop()?.slice(0, 300);
  } catch {
    return undefined;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
