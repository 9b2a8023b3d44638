import type { CliCommand } from '../command.ts';

interface SinceArgs {
  key: string;
  json: boolean;
}

export const sinceCommand: CliCommand<SinceArgs> = {
  command: 'since <key>',
  describe:
    'One API element: the version that added it, deprecated it, removed it, as documented and as the daemon serves it',
  builder: (yargs) =>
    yargs
      .positional('key', { type: 'string', demandOption: true, describe: 'Element key, quoted' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the facts as one JSON object' })
      .example('$0 since "POST /containers/create"', 'When the endpoint appeared')
      .example('$0 since "POST /containers/create query:platform"', 'When a query parameter appeared')
      .example('$0 since "GET /info response:NRI" --json', 'A response field, as JSON')
      .example(
        '$0 since "POST /containers/create body:HostConfig.Init"',
        'Documented late: both layers, cited',
      )
      .example('$0 since "POST /containers/create body:HostConfig.CgroupnsMode=private"', 'An enum value'),
  handler: async (args) => {
    const { UsageError } = await import('../../errors.ts');
    const data = await import('../../data/index.ts');
    const facts = data.getElement(args.key);
    if (!facts) {
      if (!data.parseElementKey(args.key)) {
        throw new UsageError(
          `"${args.key}" is not an element key: expected "METHOD /path" or "METHOD /path in:name"`,
        );
      }
      const suggestions = data.suggestKeys(args.key);
      const hint =
        suggestions.length > 0 ? `; did you mean ${suggestions.map((key) => `"${key}"`).join(' or ')}?` : '';
      throw new UsageError(`unknown element "${args.key}"${hint}`);
    }
    if (args.json) {
      // The top-level since/deprecated/removed stay the documented facts (DESIGN.md);
      // `documented` repeats them with the spec files that show them.
      process.stdout.write(`${JSON.stringify({ ...facts, documented: data.documentedFacts(facts) })}\n`);
      return 0;
    }
    const { formatElementFacts } = await import('../../report/element-text.ts');
    process.stdout.write(
      formatElementFacts(facts, data.getElementChanges(args.key) ?? [], data.dataVersions()),
    );
    return 0;
  },
};
