import { expect } from 'vitest';
import { FakeServers } from '../daemon/fake-servers.ts';
import { type Case, NEEDS_141 } from './harness.ts';

// Issue 18 item 9: every string from a daemon is sanitised, in every format.

const EVIL = '\u001b[31m\u001b]0;owned\u0007\n::error::injected\u202e';
const servers = new FakeServers();
let hostile = '';
let failing = '';

async function start(): Promise<void> {
  hostile = await servers.http('hostile', (res) => {
    res.setHeader('Api-Version', '1.41');
    res.setHeader('Content-Type', 'application/json');
    res.end(
      JSON.stringify({
        Version: `20.10.0${EVIL}`,
        ApiVersion: '1.41',
        MinAPIVersion: '1.12',
        Os: `linux${EVIL}`,
        Arch: `amd64${EVIL}`,
        KernelVersion: EVIL,
        Components: [{ Name: `Evil Engine${EVIL}` }],
      }),
    );
  });
  failing = await servers.http('failing', (res) => {
    res.statusCode = 500;
    res.setHeader('Api-Version', '1.41');
    res.end(JSON.stringify({ message: `\u001b[2Jdaemon broke::error::x${EVIL}` }));
  });
}

/** No escape, no control character, and no line a CI runner would read as a workflow command of the daemon's. */
function clean(text: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the test
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  expect(text).not.toMatch(/::error::injected|::error::x/);
  for (const line of text.split('\n')) expect(line).not.toMatch(/^::(?!(error|warning|notice) file=)/);
}

const tree = { 'a.sh': NEEDS_141 };

const cases: Case[] = [
  ...[[], ['--json']].map(
    (extra): Case => ({
      name: `9. probe ${extra.join(' ')}`,
      tree,
      inProcess: true,
      args: () => ['probe', hostile, ...extra],
      code: 0,
      message: /^$/,
      stdout: clean,
    }),
  ),
  ...['stylish', 'json', 'sarif', 'github'].map(
    (format): Case => ({
      name: `9. lint --daemon --format ${format}`,
      tree,
      inProcess: true,
      args: () => ['lint', 'a.sh', `--daemon=${hostile}`, '--format', format],
      code: 0,
      message: /.*/,
      stdout: clean,
    }),
  ),
  ...[
    ['needs', 'a.sh'],
    ['needs', 'a.sh', '--json'],
    ['report', 'a.sh', '--to', '1.44'],
    ['report', 'a.sh', '--to', '1.44', '--format', 'json'],
  ].map(
    (args): Case => ({
      name: `9. ${args.join(' ')} --daemon`,
      tree,
      inProcess: true,
      args: () => [...args, `--daemon=${hostile}`],
      code: 0,
      message: /.*/,
      stdout: clean,
    }),
  ),
  {
    name: '9. a daemon error message is sanitised',
    tree,
    inProcess: true,
    args: () => ['probe', failing],
    code: 2,
    message:
      /^docker-api-compat: the Docker daemon at .* answered GET \/version with 500: daemon broke: :error: :x/,
  },
];

/** Every case also checks stderr. */
export const daemonCases: Case[] = cases.map((spec) => ({
  ...spec,
  check: (outcome) => clean(outcome.stderr),
}));

/** The fake daemons live in the test process, for the time of the suite. */
export const daemons = { start, stop: () => servers.close() };
