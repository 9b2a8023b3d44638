import { type ChildProcess, spawn } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseDaemonHost } from '../../src/daemon/host.ts';
import { daemonRequest } from '../../src/daemon/request.ts';

/** A `podman system service` of our own, on a private socket, with private storage. */
export interface LivePodman {
  /** `unix://<dir>/podman.sock` */
  readonly host: string;
  readonly dir: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export type PodmanStart =
  | { readonly ok: true; readonly podman: LivePodman }
  | { readonly ok: false; readonly reason: string };

const READY_WITHIN_MS = 20_000;
const STOP_WITHIN_MS = 10_000;
// The service ends by itself after this long idle, should the test process die without stopping it.
const IDLE_SECONDS = 120;
const LIVE_SETTING = process.env.DOCKER_API_COMPAT_LIVE;
const REQUIRED = LIVE_SETTING === 'required';
const SEARCH_PATH = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'].filter(Boolean);

/** Why no Podman service can be started here, or undefined when one can be tried. */
export function podmanUnavailable(): string | undefined {
  if (LIVE_SETTING === 'off') return 'DOCKER_API_COMPAT_LIVE=off';
  if (process.platform !== 'linux')
    return `podman's service runs on Linux only (this is ${process.platform})`;
  if (process.getuid?.() !== 0)
    return 'the Podman service is started as root, and the tests run as an ordinary user';
  if (!findBinary('podman')) return 'no podman binary on PATH (install the podman package)';
  return undefined;
}

/**
 * Writes a configuration that keeps Podman off the host's state: vfs storage
 * under the folder, its own network config folder, file events, cgroupfs,
 * and a registries.conf that blocks every registry (no pull can leave).
 */
function writeConfig(dir: string): Record<string, string> {
  for (const sub of ['root', 'runroot', 'tmp', 'networks', 'run']) mkdirSync(join(dir, sub));
  writeFileSync(
    join(dir, 'storage.conf'),
    `[storage]\ndriver = "vfs"\nrunroot = "${join(dir, 'runroot')}"\ngraphroot = "${join(dir, 'root')}"\n`,
  );
  writeFileSync(
    join(dir, 'registries.conf'),
    'unqualified-search-registries = []\n' +
      ['docker.io', 'quay.io', 'registry.fedoraproject.org', 'ghcr.io', 'localhost']
        .map((location) => `[[registry]]\nlocation = "${location}"\nblocked = true\n`)
        .join(''),
  );
  writeFileSync(
    join(dir, 'containers.conf'),
    `[engine]\nevents_logger = "file"\ncgroup_manager = "cgroupfs"\n[network]\nnetwork_config_dir = "${join(dir, 'networks')}"\n`,
  );
  return {
    PATH: SEARCH_PATH.join(delimiter),
    HOME: dir,
    XDG_RUNTIME_DIR: join(dir, 'run'),
    CONTAINERS_STORAGE_CONF: join(dir, 'storage.conf'),
    CONTAINERS_REGISTRIES_CONF: join(dir, 'registries.conf'),
    CONTAINERS_CONF: join(dir, 'containers.conf'),
  };
}

/** Starts the service and waits until `/_ping` answers; the reason when it cannot (thrown when required). */
export async function startPodman(): Promise<PodmanStart> {
  const unavailable = podmanUnavailable();
  if (unavailable) return skip(unavailable);
  const dir = mkdtempSync(join(tmpdir(), 'dac-podman-'));
  const env = writeConfig(dir);
  const socket = join(dir, 'podman.sock');
  const log = openSync(join(dir, 'podman.log'), 'a');
  const child = spawn(
    findBinary('podman') as string,
    [
      '--storage-driver=vfs',
      `--root=${join(dir, 'root')}`,
      `--runroot=${join(dir, 'runroot')}`,
      `--tmpdir=${join(dir, 'tmp')}`,
      'system',
      'service',
      `--time=${IDLE_SECONDS}`,
      `unix://${socket}`,
    ],
    { stdio: ['ignore', log, log], env },
  );
  closeSync(log);
  const podman = livePodman(child, dir, socket);
  try {
    await waitUntilReady(child, podman.host);
  } catch (error) {
    const lastLog = lastLine(join(dir, 'podman.log'));
    await podman.stop();
    return skip(
      `podman did not come up: ${(error as Error).message}${lastLog ? ` (last log line: ${lastLog})` : ''}`,
    );
  }
  return { ok: true, podman };
}

function skip(reason: string): PodmanStart {
  if (REQUIRED) throw new Error(`live tests required, but ${reason}`);
  return { ok: false, reason };
}

function livePodman(child: ChildProcess, dir: string, socket: string): LivePodman {
  const pid = child.pid ?? 0;
  const killOnExit = (): void => signal(pid, 'SIGKILL');
  process.once('exit', killOnExit);
  let stopped = false;
  return {
    host: `unix://${socket}`,
    dir,
    pid,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.off('exit', killOnExit);
      signal(pid, 'SIGTERM');
      const deadline = Date.now() + STOP_WITHIN_MS;
      while (alive(pid) && Date.now() < deadline) await sleep(100);
      signal(pid, 'SIGKILL');
      while (alive(pid)) await sleep(50);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(child: ChildProcess, host: string): Promise<void> {
  const endpoint = parseDaemonHost(host);
  const deadline = Date.now() + READY_WITHIN_MS;
  let exited: string | undefined;
  child.once('exit', (code, name) => {
    exited = `podman exited (${name ?? `code ${code}`})`;
  });
  child.once('error', (error) => {
    exited = `podman failed to run: ${error.message}`;
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
  throw new Error(`/_ping did not answer within ${READY_WITHIN_MS / 1000} s`);
}

// The process may end between the check and the signal.
function signal(pid: number, name: NodeJS.Signals): void {
  if (!alive(pid)) return;
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

// A zombie counts as gone; no pid (a failed spawn) is never alive.
function alive(pid: number): boolean {
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

function lastLine(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').pop()?.slice(0, 300);
  } catch {
    return undefined;
  }
}

function findBinary(name: string): string | undefined {
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts Podman for one test file, at collection time, and says why on the console when it cannot. */
export async function podmanForSuite(): Promise<PodmanStart> {
  const live = await startPodman();
  if (!live.ok) console.warn(`live Podman tests skipped: ${live.reason}`);
  return live;
}
