import { expect, test } from 'vitest';
import { extractFile } from '../../src/lint/extract.ts';
import { templateExtractor } from '../../src/lint/extractors/_template/index.ts';
import { cachedResolve } from '../../src/lint/resolve-usage.ts';
import { applyRules } from '../../src/lint/rules/index.ts';

// The template is not registered; handing it to extractFile runs it as a registered one would be.
const text = [
  'import engine', // 1
  '', // 2
  'engine.create(', // 3
  '    image="alpine",', // 4
  '    cgroupns="private",', // 5
  ')', // 6
].join('\n');

test('a new extractor, end to end: usages with elements, then findings at the keyword', () => {
  const usages = extractFile({ path: 'app/run.py', text, role: 'source' }, [templateExtractor]);
  expect(usages).toMatchObject([
    {
      kind: 'request',
      extractor: 'template',
      line: 3,
      column: 8,
      operation: 'POST /containers/create',
      role: 'source',
      elements: [
        { in: 'body', name: 'Image', at: { line: 4, column: 5 }, value: 'alpine' },
        {
          in: 'body',
          name: 'HostConfig.CgroupnsMode',
          at: { line: 5, column: 5 },
          value: 'private',
          valueAt: { line: 5, column: 14 },
        },
      ],
    },
  ]);
  const findings = applyRules(usages, cachedResolve(), { api: '1.40', from: '--target 1.40' });
  expect(findings.map((f) => [f.rule, f.element, f.line, f.column, f.request, f.folded])).toEqual([
    [
      'api-too-new',
      'POST /containers/create body:HostConfig.CgroupnsMode',
      5,
      5,
      { line: 3, column: 8 },
      ['POST /containers/create body:HostConfig.CgroupnsMode=private'],
    ],
  ]);
});

test('files without the enabler literal are never handed to it', () => {
  expect(
    extractFile({ path: 'app/other.py', text: 'engine.delete(image="x")' }, [templateExtractor]),
  ).toEqual([]);
});
