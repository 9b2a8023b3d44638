#!/usr/bin/env node
import { ranConfigCode } from '../config/settle.ts';
import { run } from './run.ts';

try {
  process.exitCode = await run(process.argv.slice(2));
  // A config that is code may leave a timer or socket behind: the command is done, so leave
  // once what was written has been flushed.
  if (ranConfigCode) process.stdout.write('', () => process.stderr.write('', () => process.exit()));
} catch (error) {
  // A bug, not a usage error: still one line, with the stack only on request.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `docker-api-compat: internal error: ${message} (set DEBUG=docker-api-compat for details)\n`,
  );
  if (process.env.DEBUG?.includes('docker-api-compat') && error instanceof Error)
    process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
}
