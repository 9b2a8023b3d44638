import { expect, test } from 'vitest';
import { extractFile } from '../../src/lint/extract.ts';
import { resolveUsage } from '../../src/lint/resolve-usage.ts';
import { applyRules } from '../../src/lint/rules/index.ts';

const resolve = resolveUsage;

const CODE = `import Docker from 'dockerode';
const docker = new Docker({ version: 'v1.40' });
docker.createContainer({ HostConfig: { CgroupnsMode: 'private' } });
docker.ping();
`;

/** A client's pin is checked where it is written and at every call on that client. */
test.each([
  {
    target: '1.39',
    want: [
      ['api-version-unsupported', 2, 'DOCKER_API_VERSION', 'above-max'],
      ['api-version-unsupported', 3, 'POST /containers/create', 'above-max'],
      ['api-version-unsupported', 4, 'GET /_ping', 'above-max'],
      ['api-too-new', 3, 'POST /containers/create body:HostConfig.CgroupnsMode', 'target'],
    ],
  },
  {
    target: '1.44',
    want: [['api-too-new', 3, 'POST /containers/create body:HostConfig.CgroupnsMode', 'pin']],
  },
])('pin 1.40 at target $target', ({ target, want }) => {
  const findings = applyRules(extractFile({ path: 'src/a.ts', text: CODE }), resolve, {
    api: target,
    from: `--target ${target}`,
  });
  const brief = findings.map((f) => [
    f.rule,
    f.line,
    f.element,
    f.args.rule === 'api-version-unsupported'
      ? f.args.problem
      : f.args.rule === 'api-too-new'
        ? f.args.against
        : '',
  ]);
  expect(brief.sort()).toEqual(want.sort());
});

test('DOCKER_API_VERSION set in a dockerode file is a pin too', () => {
  const text = `import Docker from 'dockerode';\nprocess.env.DOCKER_API_VERSION = '1.41';\nnew Docker().ping();`;
  const pins = extractFile({ path: 'src/a.mjs', text }).filter((u) => u.kind === 'pin');
  expect(pins).toMatchObject([{ extractor: 'api-pin', line: 2, pin: '1.41' }]);
});
