import { describe, expect, test } from 'vitest';
import { extractFile } from '../../src/lint/extract.ts';
import { cachedResolve } from '../../src/lint/resolve-usage.ts';
import type { Draft } from '../../src/lint/rules/draft.ts';
import { ancestorsOf, foldInner, suffixOf } from '../../src/lint/rules/fold.ts';
import { applyRules } from '../../src/lint/rules/index.ts';

const resolve = cachedResolve();
const lintText = (path: string, text: string, api: string) =>
  applyRules(extractFile({ path, text }), resolve, { api, from: `--target ${api}` });

const rows = (findings: ReturnType<typeof lintText>) =>
  findings.map((f) => [f.rule, suffixOf(f.element), f.line, f.column]);

/** 1-based column of `needle` in `line`. */
const col = (line: string, needle: string) => line.indexOf(needle) + 1;

describe('findings point at the element, not the request', () => {
  test('a body field and its enum value, each at its own line; the value folds into the field', () => {
    const text = [
      "await fetch('http://docker/v1.44/containers/create', {",
      "  method: 'POST',",
      '  body: JSON.stringify({',
      "    Image: 'alpine',",
      '    HostConfig: {',
      "      CgroupnsMode: 'private',",
      "      LogConfig: { Type: 'local' },",
      '    },',
      '  }),',
      '});',
    ].join('\n');
    const findings = lintText('svc.js', text, '1.40');
    expect(rows(findings)).toEqual([
      ['api-version-unsupported', '', 1, col(text, '/v1.44')],
      ['api-too-new', 'body:HostConfig.CgroupnsMode', 6, 7],
      ['api-too-new', 'body:HostConfig.LogConfig.Type=local', 7, 26],
    ]);
    const cgroupns = findings[1];
    expect(cgroupns?.request).toEqual({ line: 1, column: col(text, '/v1.44') });
    expect(cgroupns?.folded).toEqual(['POST /containers/create body:HostConfig.CgroupnsMode=private']);
    expect(cgroupns?.via).toBe('path');
  });

  test('a query parameter and its value are read from the URL, at the parameter', () => {
    const text =
      'curl --unix-socket /var/run/docker.sock -X POST "http://localhost/v1.47/containers/abc/wait?condition=next-exit"';
    const findings = lintText('wait.sh', text, '1.29');
    expect(rows(findings)).toEqual([
      ['api-version-unsupported', '', 1, col(text, '/v1.47')],
      ['api-too-new', 'query:condition', 1, col(text, 'condition')],
    ]);
    expect(findings[1]?.folded).toEqual(['POST /containers/{id}/wait query:condition=next-exit']);
  });

  test('an operation too new stands for the parameters and fields it carries', () => {
    const text = `curl -X PUT --unix-socket /var/run/docker.sock http://localhost/volumes/data -d '{"Spec": {"Group": "g"}}'`;
    const findings = lintText('v.sh', text, '1.41');
    expect(rows(findings)).toEqual([['api-too-new', '', 1, col(text, '/volumes')]]);
    expect(findings[0]?.folded).toEqual([
      'PUT /volumes/{name} body:Spec',
      'PUT /volumes/{name} body:Spec.Group',
    ]);
  });

  test('"1.24 or earlier" is not "exactly 1.24": a /v1.16/ request to such an element is not too new', () => {
    const text = "requests.get('http://docker/v1.16/containers/json?all=1')";
    expect(lintText('old.py', text, '1.41').filter((f) => f.rule === 'api-too-new')).toEqual([]);
    const newer = "requests.get('http://docker/v1.30/containers/json?all=1&filters={}')";
    expect(lintText('newer.py', newer, '1.41').filter((f) => f.rule === 'api-too-new')).toEqual([]);
  });
});

const draft = (element: string, requires: string, rule: Draft['rule'] = 'api-too-new'): Draft =>
  ({
    rule,
    file: 'a',
    line: 1,
    column: 1,
    element,
    requires,
    target: '1.30',
    targetFrom: '--target 1.30',
    args: { rule: 'api-too-new', against: 'target' },
  }) as Draft;

describe('folding to the outermost cause', () => {
  test.each([
    ['body:A.B[].C=v', ['', 'body:A', 'body:A.B', 'body:A.B[].C']],
    ['query:x=1', ['', 'query:x']],
    ['body:M{}.Aliases', ['', 'body:M']],
    ['', []],
  ])('%s has the ancestors %o', (suffix, expected) => {
    expect(ancestorsOf(suffix)).toEqual(expected);
  });

  test('an inner element needing a later version than its outer one stays a finding of its own', () => {
    const kept = foldInner([
      draft('POST /x body:A', '1.41'),
      draft('POST /x body:A.B', '1.44'),
      draft('POST /x body:A.C', '1.40'),
      draft('POST /x body:A.B.D', '1.43'),
    ]);
    expect(kept.map((d) => [d.element, d.folded])).toEqual([
      ['POST /x body:A', ['POST /x body:A.C']],
      ['POST /x body:A.B', ['POST /x body:A.B.D']],
    ]);
  });

  test('a removed element stands for all it holds; other rules do not fold into it', () => {
    const kept = foldInner([
      draft('POST /x body:A', '', 'api-removed'),
      draft('POST /x body:A.B', '', 'api-removed'),
      draft('POST /x body:A.C', '1.44'),
    ]);
    expect(kept.map((d) => [d.rule, d.element, d.folded])).toEqual([
      ['api-removed', 'POST /x body:A', ['POST /x body:A.B']],
      ['api-too-new', 'POST /x body:A.C', undefined],
    ]);
  });
});
