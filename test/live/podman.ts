import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  findBinary,
  type LiveService,
  lastLine,
  liveUnavailable,
  notStarted,
  SEARCH_PATH,
  signal,
  stopPid,
  waitForPing,
} from './process.ts';

/** A `podman system service` of our own, with private storage. */
export type LivePodman = LiveService;

export type PodmanStart =
  | { readonly ok: true; readonly podman: LivePodman }
  | { readonly ok: false; readonly reason: string };

const READY_WITHIN_MS = 20_000;
const STOP_WITHIN_MS = 10_000;
// The service ends by itself after this long idle, should the test process die without stopping it.
const IDLE_SECONDS = 120;

/** Why no Podman service can be started here, or undefined when one can be tried. */
export function podmanUnavailable(): string | undefined {
  return liveUnavailable("podman's service", 'podman', 'podman');
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
    await waitForPing(child, 'podman', podman.host, READY_WITHIN_MS);
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
  return notStarted(reason);
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
      await stopPid(pid, STOP_WITHIN_MS);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts Podman for one test file, at collection time, and says why on the console when it cannot. */
export async function podmanForSuite(): Promise<PodmanStart> {
  const live = await startPodman();
  if (!live.ok) console.warn(`live Podman tests skipped: ${live.reason}`);
  return live;
}
