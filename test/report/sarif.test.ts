import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import type { Log, Result } from 'sarif';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/lint/rules/definitions.ts';
import { packageRoot } from '../../src/package-root.ts';
import { FINGERPRINT_KEY, SARIF_SCHEMA } from '../../src/report/lint/sarif.ts';
import { copyFixture, inDir } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

const FIXTURE = new URL('../fixtures/ci/project/', import.meta.url).pathname;
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const HELP = 'https://github.com/docker-api-compat/docker-api-compat/blob/main/docs/rules/';

async function sarifOf(dir: string, ...args: string[]): Promise<Log> {
  const result = await inDir(dir, () => runCli(['lint', '--format', 'sarif', ...args]));
  expect(result.code).toBe(1);
  return JSON.parse(result.stdout) as Log;
}

const resultsOf = (log: Log): Result[] => log.runs[0]?.results ?? [];

describe('sarif', () => {
  test('tool driver: name, version, informationUri and the reported rules', async () => {
    const log = await sarifOf(copyFixture(FIXTURE));
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0]?.tool.driver;
    expect(driver).toMatchObject({
      name: 'docker-api-compat',
      version: JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')).version,
      informationUri: 'https://github.com/docker-api-compat/docker-api-compat',
    });
    expect(driver?.rules?.map((rule) => [rule.id, rule.defaultConfiguration?.level, rule.helpUri])).toEqual([
      ['api-version-unsupported', 'error', `${HELP}api-version-unsupported.md`],
      ['unused-suppression', 'warning', `${HELP}unused-suppression.md`],
      ['invalid-suppression', 'error', `${HELP}invalid-suppression.md`],
    ]);
    for (const rule of driver?.rules ?? []) {
      const definition = RULES.get(rule.id as never);
      expect(rule.shortDescription?.text).toBe(definition?.summary);
      expect(rule.fullDescription?.text).toBe(definition?.description);
      expect(rule.help?.text).toContain(rule.helpUri);
    }
  });

  test('a result: rule, level, message, repository-relative location, fingerprint', async () => {
    const [first] = resultsOf(await sarifOf(copyFixture(FIXTURE)));
    expect(first).toEqual({
      ruleId: 'api-version-unsupported',
      ruleIndex: 0,
      level: 'error',
      message: { text: expect.stringContaining('pinned API 1.42') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'scripts/pins.sh', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 47 },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}$/) },
      properties: {
        element: 'GET /containers/json',
        requires: '1.42',
        role: 'source',
        extractor: 'curl',
        via: 'path',
      },
    });
  });

  test('suppressed findings carry suppressions with the reason', async () => {
    const results = resultsOf(await sarifOf(copyFixture(FIXTURE)));
    expect(
      results.map((result) => [
        result.ruleId,
        result.locations?.[0]?.physicalLocation?.region?.startLine,
        result.suppressions ?? null,
      ]),
    ).toEqual([
      ['api-version-unsupported', 4, null],
      [
        'api-version-unsupported',
        4,
        [{ kind: 'inSource', status: 'accepted', justification: 'every host runs 23.0 since June' }],
      ],
      ['unused-suppression', 5, null],
      ['invalid-suppression', 7, null],
      ['invalid-suppression', 9, null],
    ]);
  });

  test('fingerprints are unique and survive line moves', async () => {
    const dir = copyFixture(FIXTURE);
    const before = resultsOf(await sarifOf(dir));
    const file = join(dir, 'scripts/suppressed.sh');
    writeFileSync(file, `#!/bin/sh\n\n\n${readFileSync(file, 'utf8').split('\n').slice(1).join('\n')}`);
    const after = resultsOf(await sarifOf(dir));
    const prints = (results: Result[]) =>
      results.map((result) => result.partialFingerprints?.[FINGERPRINT_KEY]);
    expect(new Set(prints(before)).size).toBe(before.length);
    expect(prints(after)).toEqual(prints(before));
    expect(after.map((r) => r.locations?.[0]?.physicalLocation?.region?.startLine)).not.toEqual(
      before.map((r) => r.locations?.[0]?.physicalLocation?.region?.startLine),
    );
  });

  test('URIs are relative to the repository root when run from a subfolder', async () => {
    const dir = copyFixture(FIXTURE);
    writeFileSync(join(dir, '.git'), 'gitdir: elsewhere\n');
    const results = resultsOf(await sarifOf(join(dir, 'scripts'), 'pins.sh'));
    expect(results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toEqual([
      'scripts/pins.sh',
    ]);
  });
});

// The official schema is read from the shared folder beside the package; the
// test is skipped, and says so, where that folder is absent.
const SCHEMA = join(packageRoot, '..', 'shared', 'schemas', 'sarif-schema-2.1.0.json');
const haveSchema = existsSync(SCHEMA);
if (!haveSchema) console.warn(`SARIF schema test skipped: ${SCHEMA} not found`);

describe.skipIf(!haveSchema)('sarif against the official SARIF 2.1.0 JSON schema', () => {
  test.each([
    ['findings and a suppression', [] as string[]],
    ['an empty window', ['--docker', '>=24']],
  ])('%s', async (_, args) => {
    // The package is CommonJS: its class is the module and its `default`.
    const Ajv04 = ajvDraft04.default;
    const validate = new Ajv04({ allErrors: true, strict: false, validateFormats: false }).compile(
      JSON.parse(readFileSync(SCHEMA, 'utf8')),
    );
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    const log = await sarifOf(copyFixture(FIXTURE), ...args);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  test('element findings with their request as a related location (the bundled examples)', async () => {
    const Ajv04 = ajvDraft04.default;
    const validate = new Ajv04({ allErrors: true, strict: false, validateFormats: false }).compile(
      JSON.parse(readFileSync(SCHEMA, 'utf8')),
    );
    const log = await sarifOf(copyFixture(EXAMPLES), '--docker', '20.10');
    const related = log.runs[0]?.results?.filter((result) => result.relatedLocations) ?? [];
    expect(related.length).toBeGreaterThan(0);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
});
