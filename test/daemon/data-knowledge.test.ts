import { expect, test } from 'vitest';
import { dataKnowledge } from '../../src/daemon/data-knowledge.ts';
import { parseVersionAnswer, type VersionAnswer } from '../../src/daemon/version-answer.ts';
import { latestRelease } from '../../src/matrix/index.ts';

function answer(fields: Record<string, unknown>): VersionAnswer {
  const parsed = parseVersionAnswer(JSON.stringify({ Os: 'linux', Arch: 'amd64', ...fields }));
  if (!parsed) throw new Error('fixture is not a version answer');
  return parsed;
}

test.each([
  [
    { Version: '20.10.24+dfsg1', ApiVersion: '1.41', MinAPIVersion: '1.12' },
    { kind: 'release', docker: '20.10.24', maxApi: '1.41', minApi: '1.12', differences: [] },
  ],
  [
    { Version: '27.1.2', ApiVersion: '1.46', MinAPIVersion: '1.24' },
    { kind: 'release', docker: '27.1.2', differences: [] },
  ],
  [
    { Version: '28.2.2-0ubuntu1~24.04.1', ApiVersion: '1.50', MinAPIVersion: '1.24' },
    { kind: 'release', docker: '28.2.2' },
  ],
  [
    { Version: '29.0.0', ApiVersion: '1.52', MinAPIVersion: '1.24' },
    {
      kind: 'release',
      docker: '29.0.0',
      differences: ["the daemon's minimum API is 1.24; the default is 1.44 (configured?)"],
    },
  ],
  [
    { Version: '20.10.24', ApiVersion: '1.40', MinAPIVersion: '1.12' },
    { kind: 'release', differences: ['the daemon serves up to API 1.40; the data says 1.41'] },
  ],
  [
    { Version: '17.03.1-ce', ApiVersion: '1.27', MinAPIVersion: '1.12' },
    { kind: 'release', docker: '17.03.1-ce', maxApi: '1.27', differences: [] },
  ],
  [
    { Version: '30.0.0-rc.1', ApiVersion: '1.56' },
    { kind: 'newer', latest: latestRelease().name },
  ],
  [
    { Version: '99.0.0', ApiVersion: '1.99', MinAPIVersion: '1.44' },
    { kind: 'newer', latest: latestRelease().name },
  ],
  [
    { Version: 'dev', ApiVersion: '1.52' },
    { kind: 'unknown', reason: '"dev" is not a Docker release version' },
  ],
  [
    { Version: '20.10.99', ApiVersion: '1.41' },
    { kind: 'unknown', reason: 'Docker 20.10.99 is not in the release data' },
  ],
  [
    { Version: '4.9.3', ApiVersion: '1.41', MinAPIVersion: '1.24', Components: [{ Name: 'Podman Engine' }] },
    { kind: 'other-engine', engine: 'Podman Engine' },
  ],
])('%j → %j', (fields, expected) => {
  expect(dataKnowledge(answer(fields))).toMatchObject(expected);
});

test.each([
  ['<html></html>'],
  ['{"Version":"20.10.24"}'],
  ['{"ApiVersion":"latest"}'],
  ['[{"ApiVersion":"1.41"}]'],
  [''],
])('%j is not a Docker version answer', (body) => {
  expect(parseVersionAnswer(body)).toBeUndefined();
});
