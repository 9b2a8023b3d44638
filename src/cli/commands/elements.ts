import type { CliCommand } from '../command.ts';
import { choicesOption, textOption } from '../options/values.ts';

interface ElementsArgs {
  json: boolean;
  in?: string[];
  method?: string;
  path?: string;
  since?: string;
  removed?: string;
  deprecated?: string;
}

const LOCATIONS = ['operation', 'path', 'query', 'header', 'body', 'response'] as const;

/** The methods the Engine API uses. */
const METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'];

export const elementsCommand: CliCommand<ElementsArgs> = {
  command: 'elements',
  describe: 'List API elements with their history, optionally filtered',
  builder: (yargs) =>
    yargs
      .option('json', { type: 'boolean', default: false, describe: 'One JSON object per line' })
      .option('in', choicesOption('in', LOCATIONS, { describe: 'Only elements in these places' }))
      .option(
        'method',
        textOption('method', {
          describe: `Only this HTTP method: ${METHODS.join(', ')}`,
          what: 'an HTTP method',
        }),
      )
      .option(
        'path',
        textOption('path', {
          describe: 'Path template substring, or glob (* within a segment, ** across)',
          what: 'a path or glob',
        }),
      )
      .option(
        'since',
        textOption('since', { describe: 'Added in: 1.41, >=1.40, <1.30', what: 'a version filter' }),
      )
      .option(
        'removed',
        textOption('removed', {
          describe: 'Removed (no value: at any version; or 1.41, >=1.40 …)',
          empty: true,
        }),
      )
      .option(
        'deprecated',
        textOption('deprecated', {
          describe: 'Deprecated (no value: at any version; or 1.41, >=1.40 …)',
          empty: true,
        }),
      )
      .example('$0 elements --in operation', 'Every endpoint')
      .example(
        '$0 elements --since ">=1.44" --in query --json',
        'Query parameters added in 1.44 or later, as JSON lines',
      )
      .example('$0 elements --path "/containers/*/json"', 'Everything of one endpoint (glob)')
      .example('$0 elements --removed', 'Everything that was removed'),
  handler: async (args) => {
    const { listElements } = await import('../../data/elements.ts');
    const { coveredApiVersion } = await import('../../data/api-versions.ts');
    const { filterVersion } = await import('../../data/version-filter.ts');
    for (const option of ['since', 'removed', 'deprecated'] as const) {
      const version = filterVersion(args[option] ?? false);
      if (version !== undefined) coveredApiVersion(version, `--${option}`);
    }
    if (args.method !== undefined && !METHODS.includes(args.method.toUpperCase())) {
      const { UsageError } = await import('../../errors.ts');
      throw new UsageError(
        `--method ${args.method} is not an HTTP method of the API: use ${METHODS.join(', ')}`,
      );
    }
    const report = await import('../../report/element-text.ts');
    const list = listElements({
      ...(args.in ? { in: args.in as (typeof LOCATIONS)[number][] } : {}),
      ...(args.method !== undefined ? { method: args.method } : {}),
      ...(args.path !== undefined ? { path: args.path } : {}),
      ...(args.since !== undefined ? { since: args.since } : {}),
      ...(args.removed !== undefined ? { removed: args.removed === '' ? true : args.removed } : {}),
      ...(args.deprecated !== undefined
        ? { deprecated: args.deprecated === '' ? true : args.deprecated }
        : {}),
    });
    process.stdout.write(args.json ? report.formatElementJsonLines(list) : report.formatElementLines(list));
    return 0;
  },
};
