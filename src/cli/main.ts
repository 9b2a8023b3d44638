#!/usr/bin/env node
import { fileURLToPath } from 'node:url';

// Nothing of ours is imported statically: the compile cache must be on before the command line's
// code is compiled, and a chunk the command loads must never import this module back (it
// awaits the command, so such an import would never settle).

/**
 * Node 22 can keep V8's compiled code between runs, which spares the command line most of
 * its compile time. The installed command line (bundle/cli.js) keeps it in its own package
 * folder, .cache/v8/ beside bundle/, unless NODE_COMPILE_CACHE names another place (Node
 * then has it on already); it writes nowhere else. A cache that is missing, stale, made
 * by another Node or unwritable is no error: Node compiles as it would without one.
 */
type CompileCache = { enableCompileCache?: (directory: string) => unknown };
if (import.meta.url.endsWith('/bundle/cli.js') && !process.env.NODE_COMPILE_CACHE) {
  const module = process.getBuiltinModule?.('node:module') as CompileCache | undefined;
  module?.enableCompileCache?.(fileURLToPath(new URL('../.cache/v8/', import.meta.url)));
}

const cli = await import('./run.ts');

try {
  process.exitCode = await cli.run(process.argv.slice(2));
  // A config that is code may leave a timer or socket behind: the command is done, so leave
  // once what was written has been flushed.
  if (cli.ranConfigCode) process.stdout.write('', () => process.stderr.write('', () => process.exit()));
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
