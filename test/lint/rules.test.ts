import { describe, expect, test } from 'vitest';
import type { ElementFacts } from '../../src/data/element-types.ts';
import type { ResolvedUsage } from '../../src/lint/resolve-usage.ts';
import { applyRules } from '../../src/lint/rules/index.ts';
import type { Target } from '../../src/lint/target.ts';
import type { PinUsage, RequestUsage } from '../../src/lint/usage.ts';

function facts(key: string, since: string, more: Partial<ElementFacts> = {}): ElementFacts {
  const [method = '', path = '', suffix] = key.split(' ');
  const [where, name] = suffix ? suffix.split(':') : ['operation'];
  return {
    key,
    method,
    path,
    in: where as ElementFacts['in'],
    ...(name && { name }),
    since,
    deprecated: null,
    removed: null,
    ...more,
  };
}

const CREATE = facts('POST /containers/create', '1.24');
const CGROUPNS = facts('POST /containers/create body:HostConfig.CgroupnsMode', '1.41');
const PLATFORM = facts('POST /containers/create query:platform', '1.41');
const OLD_FIELD = facts('POST /containers/create body:HostConfig.Old', '1.24', { removed: '1.40' });
const DEPRECATED = facts('POST /containers/create body:Domainname', '1.24', { deprecated: '1.39' });
const READDED = facts('POST /containers/create body:X', '1.25', {
  removed: null,
  history: [
    { since: '1.25', removed: '1.30' },
    { since: '1.35', removed: null },
  ],
});
const GET_LOGS = facts('GET /services/{id}/logs', '1.29');
const DELETE_X = facts('DELETE /containers/{id}', '1.24');
const GET_X = facts('GET /containers/{id}', '1.45');

const request = (pin?: string, method?: string): RequestUsage => ({
  kind: 'request',
  extractor: 'test',
  file: 'a.js',
  line: 3,
  column: 7,
  ...(method && { method }),
  path: '/containers/create',
  ...(pin && { pin }),
  elements: [],
  anchored: true,
});

/** Each operation with the elements of its own, all placed at the request. */
const resolved = (operations: ElementFacts[], elements: ElementFacts[] = []): ResolvedUsage => ({
  candidates: operations.map((operation) => ({
    operation,
    elements: [
      operation,
      ...elements.filter((e) => e.method === operation.method && e.path === operation.path),
    ].map((facts) => ({ facts, at: { line: 3, column: 7 } })),
  })),
});

const target = (api: string, minApi?: string): Target => ({
  api,
  ...(minApi && { minApi }),
  from: `--target ${api}`,
});

/** Rows: [name, usage, resolution, target, expected [rule, element, requires?, checked-against]]. */
const rows: [string, RequestUsage, ResolvedUsage, Target, [string, string, string | undefined, string][]][] =
  [
    ['nothing newer than the target', request('1.41'), resolved([CREATE], [CGROUPNS]), target('1.41'), []],
    [
      'field newer than the target',
      request('1.40'),
      resolved([CREATE], [CGROUPNS, PLATFORM]),
      target('1.40'),
      [
        ['api-too-new', CGROUPNS.key, '1.41', '1.40'],
        ['api-too-new', PLATFORM.key, '1.41', '1.40'],
      ],
    ],
    [
      'pin below the target: checked against the pin',
      request('1.40'),
      resolved([CREATE], [CGROUPNS]),
      target('1.44'),
      [['api-too-new', CGROUPNS.key, '1.41', '1.40']],
    ],
    [
      'pin above the target: unsupported, fields checked against the target',
      request('1.44'),
      resolved([CREATE], [CGROUPNS]),
      target('1.40'),
      [
        ['api-too-new', CGROUPNS.key, '1.41', '1.40'],
        ['api-version-unsupported', CREATE.key, '1.44', '1.40'],
      ],
    ],
    [
      'pin below the default minimum',
      request('1.41'),
      resolved([CREATE]),
      target('1.44', '1.44'),
      [['api-version-unsupported', CREATE.key, undefined, '1.44']],
    ],
    [
      'removed field',
      request('1.41'),
      resolved([CREATE], [OLD_FIELD]),
      target('1.41'),
      [['api-removed', OLD_FIELD.key, undefined, '1.41']],
    ],
    ['removed field, old pin', request('1.39'), resolved([CREATE], [OLD_FIELD]), target('1.41'), []],
    [
      'deprecated field',
      request('1.41'),
      resolved([CREATE], [DEPRECATED]),
      target('1.41'),
      [['api-deprecated', DEPRECATED.key, undefined, '1.41']],
    ],
    [
      're-added field, in the gap',
      request('1.32'),
      resolved([CREATE], [READDED]),
      target('1.41'),
      [['api-removed', READDED.key, undefined, '1.32']],
    ],
    ['re-added field, after', request('1.41'), resolved([CREATE], [READDED]), target('1.41'), []],
    [
      'operation newer than the target',
      request('1.28'),
      resolved([GET_LOGS]),
      target('1.28'),
      [['api-too-new', GET_LOGS.key, '1.29', '1.28']],
    ],
    [
      'unknown method: one candidate old enough, nothing reported',
      request('1.41'),
      resolved([DELETE_X, GET_X]),
      target('1.41'),
      [],
    ],
    [
      'unknown method: all candidates too new, the weakest requirement reported',
      request('1.41'),
      resolved([facts('DELETE /containers/{id}', '1.43'), GET_X]),
      target('1.41'),
      [['api-too-new', 'DELETE /containers/{id}', '1.43', '1.41']],
    ],
  ];

describe('rules', () => {
  test.each(rows)('%s', (_name, usage, resolution, tgt, expected) => {
    const findings = applyRules([usage], () => resolution, tgt);
    expect(findings.map((f) => [f.rule, f.element, f.requires, f.target])).toEqual(expected);
  });

  test.each([
    ['1.43', target('1.41'), [['api-version-unsupported', 'above-max', '1.41']]],
    ['1.41', target('1.45', '1.44'), [['api-version-unsupported', 'below-min', '1.44']]],
    ['1.41', target('1.41', '1.24'), []],
  ])('DOCKER_API_VERSION=%s', (pin, tgt, expected) => {
    const usage: PinUsage = { kind: 'pin', extractor: 'api-pin', file: 'ci.env', line: 1, column: 1, pin };
    const findings = applyRules([usage], () => resolved([]), tgt);
    expect(
      findings.map((f) => [
        f.rule,
        f.args.rule === 'api-version-unsupported' ? f.args.problem : '',
        f.args.rule === 'api-version-unsupported' && f.args.problem !== 'no-window' ? f.args.limit : '',
      ]),
    ).toEqual(expected);
  });

  test.each([
    [{}, []],
    [{ 'api-unversioned': 'warn' as const }, [['api-unversioned', 'warn']]],
    [{ 'api-unversioned': 'error' as const, 'api-too-new': 'off' as const }, [['api-unversioned', 'error']]],
  ])('unversioned requests with severities %o', (severities, expected) => {
    const findings = applyRules(
      [request(undefined, 'POST')],
      () => resolved([CREATE], [CGROUPNS]),
      target('1.40'),
      severities,
    );
    expect(findings.filter((f) => f.rule !== 'api-too-new').map((f) => [f.rule, f.severity])).toEqual(
      expected,
    );
  });
});
