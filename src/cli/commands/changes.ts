import type { CliCommand } from '../command.ts';
import { choiceOption, textOption } from '../options/values.ts';

interface ChangesArgs {
  from: string;
  to: string;
  format?: (typeof FORMATS)[number];
}

const FORMATS = ['text', 'markdown', 'json'] as const;

export const changesCommand: CliCommand<ChangesArgs> = {
  command: 'changes',
  describe: 'What changed in the API between two versions',
  builder: (yargs) =>
    yargs
      .option(
        'from',
        textOption('from', {
          demandOption: true,
          describe: 'Older API version (excluded)',
          what: 'an API version',
        }),
      )
      .option(
        'to',
        textOption('to', {
          demandOption: true,
          describe: 'Newer API version (included)',
          what: 'an API version',
        }),
      )
      .option('format', choiceOption('format', FORMATS, { describe: 'Output format (default text)' }))
      .example('$0 changes --from 1.41 --to 1.43', 'Changes of API 1.42 and 1.43')
      .example('$0 changes --from 1.44 --to 1.47 --format markdown', 'As Markdown, by version then endpoint')
      .example('$0 changes --from 1.24 --to 1.56 --format json', 'Everything, as JSON'),
  handler: async (args) => {
    const { changesBetween } = await import('../../data/changes.ts');
    const report = changesBetween(args.from, args.to);
    const format = await import('../../report/changes-text.ts');
    const text =
      args.format === 'json'
        ? format.formatChangesJson(report)
        : args.format === 'markdown'
          ? format.formatChangesMarkdown(report)
          : format.formatChangesText(report);
    process.stdout.write(text);
    return 0;
  },
};
