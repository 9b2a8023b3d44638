import { describe, expect, test } from 'vitest';
import { extractFile } from '../../src/lint/extract.ts';
import type { RequestUsage } from '../../src/lint/usage.ts';

/** The guard recorded on the `docker.ping()` in `body`, inside a function of a dockerode file. */
function guardOf(body: string, path = 'src/svc.ts'): RequestUsage['guard'] {
  const text = `import Docker from 'dockerode';
import semver, { gte, lt } from 'semver';
const docker = new Docker();
export async function f(info, options) {
${body}
}`;
  const usages = extractFile({ path, text });
  const ping = usages.find((u) => u.kind === 'request' && u.path === '/_ping');
  if (ping?.kind !== 'request') throw new Error('marker not found');
  return ping.guard;
}

const range = (guard: RequestUsage['guard']) => guard && { atLeast: guard.atLeast, below: guard.below };

describe('guard shapes', () => {
  test.each([
    ['semver.gte', `if (semver.gte(info.ApiVersion, '1.41.0')) docker.ping();`, { atLeast: '1.41' }],
    [
      'named gte, coerced',
      `if (gte(semver.coerce(apiVersion), '1.41.0')) docker.ping();`,
      { atLeast: '1.41' },
    ],
    ['semver.gt', `if (semver.gt(info.ApiVersion, '1.40.0')) docker.ping();`, { atLeast: '1.41' }],
    [
      'semver.satisfies',
      `if (semver.satisfies(info.ApiVersion, '>=1.41')) docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'semver.satisfies, two comparators',
      `if (semver.satisfies(info.ApiVersion, '>=1.41 <1.44')) docker.ping();`,
      { atLeast: '1.41', below: '1.44' },
    ],
    [
      'compareVersions >= 0',
      `if (compareVersions(info.ApiVersion, '1.41') >= 0) docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'compareVersions === -1',
      `if (compareVersions(info.ApiVersion, '1.44') === -1) docker.ping();`,
      { below: '1.44' },
    ],
    [
      'compareVersions mirrored',
      `if (compareVersions('1.41', info.ApiVersion) <= 0) docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'compare with an operator',
      `if (compare(info.ApiVersion, '1.41', '>=')) docker.ping();`,
      { atLeast: '1.41' },
    ],
    ['parseFloat', `if (parseFloat(info.ApiVersion) >= 1.41) docker.ping();`, { atLeast: '1.41' }],
    ['Number, one-digit fraction', `if (Number(info.ApiVersion) >= 1.4) docker.ping();`, { atLeast: '1.40' }],
    ['unary plus, literal first', `if (1.41 <= +info.ApiVersion) docker.ping();`, { atLeast: '1.41' }],
    ['string compare', `if (info.ApiVersion >= '1.41') docker.ping();`, { atLeast: '1.41' }],
    [
      'api_version spelling',
      `if (parseFloat(options.api_version) > 1.40) docker.ping();`,
      { atLeast: '1.41' },
    ],
    ['subscript', `if (parseFloat(options['api_version']) >= 1.41) docker.ping();`, { atLeast: '1.41' }],
    [
      'fallback with ||',
      `if (semver.gte(info.ApiVersion || '1.24.0', '1.41.0')) docker.ping();`,
      { atLeast: '1.41' },
    ],
    ['toString', `if (semver.gte(info.ApiVersion.toString(), '1.41.0')) docker.ping();`, { atLeast: '1.41' }],
    [
      'satisfies with a caret',
      `if (semver.satisfies(info.ApiVersion, '^1.41.0')) docker.ping();`,
      { atLeast: '1.41' },
    ],
    ['eq', `if (semver.eq(info.ApiVersion, '1.41.0')) docker.ping();`, { atLeast: '1.41', below: '1.42' }],
    [
      'a const flag',
      `const modern = parseFloat(info.ApiVersion) >= 1.41;\n  if (modern) docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'alias of docker.version()',
      `const { ApiVersion: v } = await docker.version();\n  if (semver.gte(v, '1.41.0')) docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'alias by value',
      `const v = (await docker.version()).ApiVersion;\n  if (parseFloat(v) >= 1.41) docker.ping();`,
      { atLeast: '1.41' },
    ],
  ])('%s', (_, body, want) => {
    expect(range(guardOf(body))).toEqual({ atLeast: undefined, below: undefined, ...want });
  });
});

describe('following the guard through the code', () => {
  test.each([
    [
      'else branch: the negation',
      `if (semver.gte(info.ApiVersion, '1.44.0')) {} else { docker.ping(); }`,
      { below: '1.44' },
    ],
    ['! negation', `if (!semver.gte(info.ApiVersion, '1.41.0')) { docker.ping(); }`, { below: '1.41' }],
    [
      'early return',
      `if (!semver.gte(info.ApiVersion, '1.41.0')) return;\n  docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'early throw in a block',
      `if (parseFloat(info.ApiVersion) < 1.41) {\n    throw new Error('old');\n  }\n  docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'else-exit: the condition holds after',
      `if (semver.gte(info.ApiVersion, '1.41.0')) { log('ok'); } else { return; }\n  docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'process.exit',
      `if (parseFloat(info.ApiVersion) < 1.41) process.exit(2);\n  docker.ping();`,
      { atLeast: '1.41' },
    ],
    [
      'a switch case',
      `switch (options.mode) {\n  case 'a':\n    if (parseFloat(info.ApiVersion) < 1.41) break;\n    docker.ping();\n  }`,
      { atLeast: '1.41' },
    ],
    ['&& chain', `semver.gte(info.ApiVersion, '1.41.0') && docker.ping();`, { atLeast: '1.41' }],
    ['|| fallback', `semver.lt(info.ApiVersion, '1.41.0') || docker.ping();`, { atLeast: '1.41' }],
    [
      'two checks with &&',
      `if (semver.gte(info.ApiVersion, '1.41.0') && lt(info.ApiVersion, '1.44.0')) docker.ping();`,
      { atLeast: '1.41', below: '1.44' },
    ],
    ['ternary', `const r = parseFloat(info.ApiVersion) >= 1.41 ? docker.ping() : null;`, { atLeast: '1.41' }],
    [
      'ternary else',
      `const r = parseFloat(info.ApiVersion) >= 1.41 ? null : docker.ping();`,
      { below: '1.41' },
    ],
    [
      'else-if chain',
      `if (semver.gte(info.ApiVersion, '1.44.0')) {} else if (semver.gte(info.ApiVersion, '1.41.0')) { docker.ping(); }`,
      { atLeast: '1.41', below: '1.44' },
    ],
    [
      'nested ifs add up',
      `if (semver.gte(info.ApiVersion, '1.41.0')) { if (semver.gte(info.ApiVersion, '1.43.0')) docker.ping(); }`,
      { atLeast: '1.43' },
    ],
    [
      'callback inside the branch',
      `if (semver.gte(info.ApiVersion, '1.41.0')) setTimeout(() => docker.ping());`,
      { atLeast: '1.41' },
    ],
  ])('%s', (_, body, want) => {
    expect(range(guardOf(body))).toEqual({ atLeast: undefined, below: undefined, ...want });
  });

  test.each([
    ['an enclosing if that does not test the version', `if (options.fast) docker.ping();`],
    [
      'a version check that does not enclose the call',
      `if (semver.gte(info.ApiVersion, '1.41.0')) log('new');\n  docker.ping();`,
    ],
    [
      'an early return that does not leave',
      `if (!semver.gte(info.ApiVersion, '1.41.0')) log('old');\n  docker.ping();`,
    ],
    [
      '|| true branch tells nothing',
      `if (semver.gte(info.ApiVersion, '1.41.0') || options.force) docker.ping();`,
    ],
    [
      'the Node.js version is not the API version',
      `if (semver.gte(process.version, '20.0.0')) docker.ping();`,
    ],
    ['a version range with ||', `if (semver.satisfies(info.ApiVersion, '>=1.41 || <1.20')) docker.ping();`],
    ['a check after the call', `docker.ping();\n  if (!semver.gte(info.ApiVersion, '1.41.0')) return;`],
  ])('nothing from %s', (_, body) => {
    expect(guardOf(body)).toBeUndefined();
  });

  test('records the checks that decided, where they are written', () => {
    expect(guardOf(`if (!semver.gte(info.ApiVersion, '1.41.0')) return;\n  docker.ping();`)).toEqual({
      atLeast: '1.41',
      checks: [{ line: 5, column: 6, op: '>=', bound: '1.41', compare: 'version' }],
    });
  });

  test('raw paths in JavaScript get guards too', () => {
    const text = `if (parseFloat(apiVersion) >= 1.41) await fetch('http://localhost/v1.41/containers/json');`;
    const [usage] = extractFile({ path: 'a.mjs', text });
    expect(usage).toMatchObject({ extractor: 'raw-http', guard: { atLeast: '1.41' } });
  });

  test('other languages are left alone', () => {
    const text = `if api_version >= 1.41:\n    requests.get('http://localhost/v1.41/containers/json')\n`;
    const [usage] = extractFile({ path: 'a.py', text });
    expect(usage).toMatchObject({ extractor: 'raw-http' });
    expect(usage).not.toHaveProperty('guard');
  });
});
