import type { Argv } from 'yargs';
import type { ResolvedTarget } from '../../targets/target.ts';
import { textOption } from './values.ts';

export interface DaemonOptionArgs {
  /** `--daemon` alone parses as '' (the default daemon); absent when not given. */
  daemon?: string;
}

/**
 * Adds `--daemon [HOST]`: target the API range a live daemon serves. HOST
 * defaults to DOCKER_HOST, else unix:///var/run/docker.sock. Conflicts with
 * the other ways of naming a target, and with --min-api-override: the daemon
 * reports its own minimum.
 */
export function withDaemonOption<T>(yargs: Argv<T>): Argv<T & DaemonOptionArgs> {
  return yargs
    .option(
      'daemon',
      textOption('daemon', {
        empty: true,
        describe:
          'Target what a live daemon serves: HOST (unix:///path, tcp://host:port) defaults to DOCKER_HOST, else unix:///var/run/docker.sock',
      }),
    )
    .conflicts('daemon', ['target', 'docker', 'podman', 'min-api-override']) as Argv<T & DaemonOptionArgs>;
}

/** The target `--daemon` names, probing the daemon; undefined when the option is absent. */
export async function daemonTarget(args: DaemonOptionArgs): Promise<ResolvedTarget | undefined> {
  if (args.daemon === undefined) return undefined;
  const { UsageError } = await import('../../errors.ts');
  const host = args.daemon.trim();
  // `lint --daemon src/` makes yargs read the path as the host.
  if (host !== '' && !host.includes('://') && !host.startsWith('/')) {
    throw new UsageError(
      `--daemon "${host}" is not a daemon address (unix:///path or tcp://host:port); for the default daemon write --daemon= or put --daemon last`,
    );
  }
  const { probeDaemon } = await import('../../daemon/probe.ts');
  const { targetFromDaemon } = await import('../../targets/from-daemon.ts');
  return targetFromDaemon(await probeDaemon(host));
}
