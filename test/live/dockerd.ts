import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A dockerd of our own. */
export type LiveDockerd = LiveService;

export type DockerdStart =
  | { readonly ok: true; readonly daemon: LiveDockerd }
  | { readonly ok: false; readonly reason: string };

const READY_WITHIN_MS = 20_000;
const STOP_WITHIN_MS = 15_000;

/** Why no dockerd can be started here, or undefined when one can be tried. */
export function dockerdUnavailable(): string | undefined {
  return liveUnavailable('dockerd', 'dockerd', 'docker.io');
}

/**
 * Starts dockerd when possible and waits until `/_ping` answers. Resolves to
 * the reason when it cannot; with DOCKER_API_COMPAT_LIVE=required it throws
 * instead. The caller stops it (afterAll).
 */
export async function startDockerd(): Promise<DockerdStart> {
  const unavailable = dockerdUnavailable();
  if (unavailable) return skip(unavailable);
  const dir = mkdtempSync(join(tmpdir(), 'dac-dockerd-'));
  writeFileSync(join(dir, 'daemon.json'), '{}\n');
  const log = openSync(join(dir, 'dockerd.log'), 'a');
  const child = spawn(
    findBinary('dockerd') as string,
    [
      `--host=unix://${join(dir, 'docker.sock')}`,
      `--data-root=${join(dir, 'root')}`,
      `--exec-root=${join(dir, 'exec')}`,
      `--pidfile=${join(dir, 'docker.pid')}`,
      // Our own (empty) configuration, so a host daemon.json cannot interfere.
      `--config-file=${join(dir, 'daemon.json')}`,
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      '--storage-driver=vfs',
    ],
    { stdio: ['ignore', log, log], env: { PATH: SEARCH_PATH.join(delimiter), HOME: dir } },
  );
  closeSync(log);
  const daemon = liveDaemon(child, dir);
  try {
    await waitForPing(child, 'dockerd', daemon.host, READY_WITHIN_MS);
  } catch (error) {
    const lastLog = lastLine(join(dir, 'dockerd.log'));
    await daemon.stop();
    const reason = `dockerd did not come up: ${(error as Error).message}${lastLog ? ` (last log line: ${lastLog})` : ''}`;
    return skip(reason);
  }
  return { ok: true, daemon };
}

function skip(reason: string): DockerdStart {
  return notStarted(reason);
}

function liveDaemon(child: ChildProcess, dir: string): LiveDockerd {
  const pid = child.pid ?? 0;
  const containerdPid = (): number | undefined => {
    try {
      return (
        Number(readFileSync(join(dir, 'exec', 'containerd', 'containerd.pid'), 'utf8').trim()) || undefined
      );
    } catch {
      return undefined;
    }
  };
  // Last resort when the test process exits without running afterAll.
  const killOnExit = (): void => {
    for (const target of [pid, containerdPid()]) if (target) signal(target, 'SIGKILL');
  };
  process.once('exit', killOnExit);
  let stopped = false;
  return {
    host: `unix://${join(dir, 'docker.sock')}`,
    dir,
    pid,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.off('exit', killOnExit);
      // dockerd stops the containerd it started; containerd runs in its own
      // session, so it is stopped by its pid too in case dockerd could not.
      const managed = containerdPid();
      await stopPid(pid, STOP_WITHIN_MS);
      if (managed) await stopPid(managed, STOP_WITHIN_MS);
      unmountUnder(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// dockerd bind-mounts its data root; a daemon that died hard leaves it mounted.
function unmountUnder(dir: string): void {
  const points = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((point): point is string => point !== undefined && (point === dir || point.startsWith(`${dir}/`)))
    .sort((a, b) => b.length - a.length);
  for (const point of points) execFileSync('umount', [point]);
}

/**
 * Starts dockerd for one test file, at collection time so that the file's
 * suites can be skipped when it cannot start; says why on the console.
 */
export async function dockerdForSuite(): Promise<DockerdStart> {
  const live = await startDockerd();
  if (!live.ok) console.warn(`live dockerd tests skipped: ${live.reason}`);
  return live;
}
