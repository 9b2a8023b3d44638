import { expect, test } from 'vitest';
import type { ChangesReport } from '../../src/data/changes.ts';
import type { ElementFacts } from '../../src/data/element-types.ts';
import { formatChangesMarkdown, formatChangesText } from '../../src/report/changes-text.ts';

function facts(key: string, extra: Partial<ElementFacts> = {}): ElementFacts {
  const [method = '', path = '', suffix] = key.split(' ');
  const colon = suffix?.indexOf(':') ?? -1;
  return {
    key,
    method,
    path,
    in: suffix ? (suffix.slice(0, colon) as ElementFacts['in']) : 'operation',
    ...(suffix ? { name: suffix.slice(colon + 1) } : {}),
    since: '1.41',
    deprecated: null,
    removed: null,
    ...extra,
  };
}

const report: ChangesReport = {
  from: '1.40',
  to: '1.41',
  versions: [
    {
      version: '1.41',
      added: [
        facts('GET /a'),
        facts('GET /a query:x'),
        facts('POST /b body:C'),
        facts('POST /b body:C.D'),
        facts('POST /b query:q'),
      ],
      removed: [facts('GET /old', { since: '1.24', removed: '1.41' })],
      deprecated: [facts('POST /b query:z', { deprecated: '1.41' })],
      changed: [
        {
          element: facts('POST /b body:E'),
          changes: [{ version: '1.41', field: 'type', from: 'string', to: 'integer' }],
        },
      ],
    },
  ],
};

test('markdown: by version, then endpoint; additions folded under their parent', () => {
  expect(formatChangesMarkdown(report)).toBe(
    [
      '# Engine API changes from 1.40 to 1.41',
      '',
      '## API 1.41',
      '',
      '### `GET /a`',
      '',
      '- added endpoint (and 1 element below)',
      '',
      '### `GET /old`',
      '',
      '- removed endpoint',
      '',
      '### `POST /b`',
      '',
      '- added `body:C` (and 1 element below)',
      '- added `query:q`',
      '- deprecated `query:z`',
      '- changed `body:E`: type string → integer',
      '',
    ].join('\n'),
  );
});

test('text: one line per change', () => {
  expect(formatChangesText(report)).toBe(
    [
      'API 1.40 → 1.41',
      '',
      'API 1.41',
      '  + GET /a (and 1 element below)',
      '  + POST /b body:C (and 1 element below)',
      '  + POST /b query:q',
      '  - GET /old',
      '  ! POST /b query:z deprecated',
      '  ~ POST /b body:E: type string → integer',
      '',
    ].join('\n'),
  );
});
