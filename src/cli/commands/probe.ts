import type { CliCommand } from '../command.ts';
import { integerOption } from '../options/values.ts';

interface ProbeArgs {
  host?: string;
  json: boolean;
  timeout?: number;
}

/** The longest delay setTimeout accepts (2^31 - 1 ms, about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

export const probeCommand: CliCommand<ProbeArgs> = {
  command: 'probe [host]',
  describe: 'Ask a live Docker daemon for its version and API range, and what the data knows of it',
  builder: (yargs) =>
    yargs
      .positional('host', {
        type: 'string',
        describe:
          'unix:///path/to/docker.sock or tcp://host:port (default: DOCKER_HOST, else unix:///var/run/docker.sock)',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON' })
      .option(
        'timeout',
        // The ceiling is what a Node timer can hold; beyond it Node fires after 1 ms.
        integerOption('timeout', {
          min: 1,
          max: MAX_TIMER_MS,
          unit: 'milliseconds',
          describe: 'Milliseconds to wait for the daemon (default 3000)',
        }),
      )
      .epilog(
        'TLS daemon endpoints (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, https://) are not supported: use a unix socket or a plain tcp:// endpoint.',
      )
      .example('$0 probe', 'The daemon DOCKER_HOST names, or the default socket')
      .example('$0 probe tcp://127.0.0.1:2375 --json', 'A daemon on plain TCP, as JSON'),
  handler: async (args) => {
    const { probeDaemon } = await import('../../daemon/probe.ts');
    const { formatProbeJson, formatProbeText } = await import('../../report/probe-text.ts');
    const probe = await probeDaemon(args.host, { timeoutMs: args.timeout ?? 3000 });
    process.stdout.write(args.json ? formatProbeJson(probe) : formatProbeText(probe));
    return 0;
  },
};
