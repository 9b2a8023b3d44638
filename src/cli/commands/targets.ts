import type { CliCommand } from '../command.ts';
import { textOption, textsOption } from '../options/values.ts';

interface TargetsArgs {
  docker?: string[];
  podman?: string[];
  target?: string;
  minApiOverride?: string;
  json: boolean;
}

export const targetsCommand: CliCommand<TargetsArgs> = {
  command: 'targets',
  describe: 'Show the releases a target names, its feature ceiling and its pin window',
  builder: (yargs) =>
    yargs
      .option(
        'docker',
        textsOption('docker', {
          describe: 'Docker version or range (repeatable): 20.10, ">=24", "20.10 || >=27"',
          what: 'a Docker version or range',
          greedy: true,
        }),
      )
      .option(
        'podman',
        textsOption('podman', {
          describe: 'Podman version or range (repeatable; with --docker for a mixed fleet): 4.3, ">=5"',
          what: 'a Podman version or range',
          greedy: true,
        }),
      )
      .option(
        'target',
        textOption('target', {
          describe: 'A bare API version instead (for example 1.41)',
          what: 'an API version',
        }),
      )
      .option(
        'min-api-override',
        textOption('min-api-override', {
          describe: "Daemons' configured minimum API version (DOCKER_MIN_API_VERSION)",
          what: 'an API version',
        }),
      )
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON' })
      .example('$0 targets --docker ">=24"', 'Ceiling and pin window of every daemon from Docker 24 on')
      .example('$0 targets --docker 20.10 --docker 27', 'A mixed fleet')
      .example('$0 targets --podman 5.8', 'What Podman 5.8 reports and the operations it does not serve')
      .example(
        '$0 targets --docker ">=25" --min-api-override 1.24 --json',
        'Daemons configured down to 1.24',
      ),
  handler: async (args) => {
    const { resolveTarget } = await import('../../targets/index.ts');
    const { formatTargetJson, formatTargetText } = await import('../../report/targets-text.ts');
    const target = resolveTarget({
      ...(args.target !== undefined && { api: args.target }),
      ...(args.docker !== undefined && { docker: args.docker }),
      ...(args.podman !== undefined && { podman: args.podman }),
      ...(args.minApiOverride !== undefined && { minApiOverride: args.minApiOverride }),
    });
    process.stdout.write(args.json ? formatTargetJson(target) : formatTargetText(target));
    return 0;
  },
};
