import { expect, test } from 'vitest';
import yargs from 'yargs';
import { daemonTarget, withDaemonOption } from '../../src/cli/options/daemon.ts';

function parse(argv: string[]): Record<string, unknown> {
  const parser = withDaemonOption(
    yargs(argv).option('target', { type: 'string' }).option('docker', { type: 'string', array: true }),
  )
    .strict()
    .exitProcess(false)
    .fail((message) => {
      throw new Error(message);
    });
  return parser.parseSync();
}

test.each([
  [['--daemon'], ''],
  [['--daemon='], ''],
  [['--daemon', 'unix:///run/docker.sock'], 'unix:///run/docker.sock'],
  [['--daemon=tcp://127.0.0.1:2375'], 'tcp://127.0.0.1:2375'],
  [[], undefined],
])('%j → daemon %j', (argv, daemon) => {
  expect(parse(argv).daemon).toBe(daemon);
});

test.each([[['--daemon', '--target', '1.41']], [['--daemon=', '--docker', '20.10']]])(
  '%j conflicts',
  (argv) => {
    expect(() => parse(argv)).toThrow(/mutually exclusive/);
  },
);

test('without --daemon there is no daemon target', async () => {
  await expect(daemonTarget({})).resolves.toBeUndefined();
});

test('a path read as the host is refused with a hint', async () => {
  await expect(daemonTarget({ daemon: 'src' })).rejects.toThrow(
    /^--daemon "src" is not a daemon address .*write --daemon= or put --daemon last$/,
  );
});
