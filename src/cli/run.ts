import yargs from 'yargs';
import { isUsageError } from '../errors.ts';
import { packageVersion } from '../package-info.ts';
import { commands } from './commands/index.ts';

/** Runs the CLI with the given arguments and resolves to the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const parser = yargs([...argv])
    .scriptName('docker-api-compat')
    .usage('$0 <command> [options]\n\nDocker Engine API compatibility: versions, element history, linting.')
    .version(packageVersion)
    .strict()
    .demandCommand(1, 'Name a command; see --help.')
    .recommendCommands()
    .wrap(null)
    .fail((message, error) => {
      // yargs reports its own parse and check failures with a message; errors
      // thrown by handlers arrive without one and keep their identity.
      if (isUsageError(error) || !message) throw error;
      throw new CliUsageMessage(message);
    });
  for (const command of commands) {
    parser.command({
      ...command,
      handler: async (args) => {
        exitCode = await command.handler(args as never);
      },
    });
  }
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (error) {
    if (error instanceof CliUsageMessage || isUsageError(error)) {
      process.stderr.write(`docker-api-compat: ${firstLine(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

class CliUsageMessage extends Error {}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
