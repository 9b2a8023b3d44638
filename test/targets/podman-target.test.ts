import { expect, test } from 'vitest';
import { isUsageError } from '../../src/errors.ts';
import { checkPin } from '../../src/lint/rules/pin-rules.ts';
import { podmanFleet } from '../../src/targets/podman.ts';
import { resolveTarget } from '../../src/targets/resolve-target.ts';

test.each([
  [['4.3'], ['4.3.1'], []],
  [['4.3.1'], ['4.3.1'], []],
  [['v5.8.2'], ['5.8.2'], []],
  [['5'], ['5.0.0', '5.4.0', '5.8.2'], []],
  [['>=5.4'], ['5.4.0', '5.8.2'], []],
  [['4.3 || >=5.4'], ['4.3.1', '5.4.0', '5.8.2'], []],
  [['4.3', '5.8'], ['4.3.1', '5.8.2'], []],
  [['4.3.0'], ['4.3.1'], [/Podman 4\.3\.0 is not in the data; checking it as 4\.3\.1/]],
  [
    ['4.6'],
    ['4.3.1'],
    [/Podman 4\.6 is not in the data .*checking it as 4\.3\.1, the nearest release below/],
  ],
  [['6.1'], ['5.8.2'], [/Podman 6\.1 is newer than the data/]],
])('--podman %j → %j', (queries, versions, warnings) => {
  const fleet = podmanFleet(queries);
  expect(fleet.releases.map((release) => release.version)).toEqual(versions);
  expect(fleet.warnings).toEqual(warnings.map((pattern) => expect.stringMatching(pattern)));
});

test.each([
  [['3.4'], /older than the data \(the data covers Podman 4\.3\.1, /],
  [['>=7'], /matches no release in the data/],
  [['latest'], /neither a Podman version nor a version range/],
])('--podman %j fails: %s', (queries, message) => {
  let error: unknown;
  try {
    podmanFleet(queries);
  } catch (caught) {
    error = caught;
  }
  expect(isUsageError(error)).toBe(true);
  expect((error as Error).message).toMatch(message);
});

test('Podman alone: its reported range, no pin limits, what it does not serve', () => {
  const target = resolveTarget({ podman: ['4.3'] });
  expect(target).toMatchObject({
    api: '1.41',
    minApi: '1.24',
    pinWindow: null,
    versionPrefixHonoured: false,
    from: '--podman 4.3',
    releases: [],
  });
  expect(target.podman?.map((release) => release.version)).toEqual(['4.3.1']);
  const [engine] = target.engines ?? [];
  expect(engine?.notServed.get('POST /services/create')).toEqual({ answer: 'refused', status: 503 });
  expect(engine?.notServed.get('POST /session')).toEqual({ answer: 'missing', status: 404 });
  expect(engine?.notServed.has('DELETE /secrets/{id}')).toBe(false);
  expect(engine?.notServedUnversioned.get('DELETE /secrets/{id}')).toEqual({
    answer: 'refused',
    status: 503,
  });
  expect(engine?.servedSince?.get('POST /containers/{id}/update')).toBe('5.4.0');
});

test('a mixed fleet: the lowest ceiling of all, the pin window of the Docker part', () => {
  const target = resolveTarget({ docker: ['27'], podman: ['4.3'] });
  expect(target).toMatchObject({
    api: '1.41',
    minApi: '1.24',
    pinWindow: { low: '1.24', high: '1.46' },
    from: '--docker 27 --podman 4.3',
  });
  expect(target.versionPrefixHonoured).toBeUndefined();
  expect(target.engines?.map((engine) => engine.version)).toEqual(['4.3.1']);
  expect(resolveTarget({ docker: ['20.10'], podman: ['5.8'] }).api).toBe('1.41');
});

test('--target and --podman do not mix; a minimum override needs Docker daemons', () => {
  expect(() => resolveTarget({ api: '1.41', podman: ['4.3'] })).toThrow(/either --target <api> or --podman/);
  expect(() => resolveTarget({ podman: ['4.3'], minApiOverride: '1.30' })).toThrow(
    /applies to Docker daemons/,
  );
  expect(resolveTarget({ podman: ['4.3'], docker: ['29'], minApiOverride: '1.30' }).pinWindow).toEqual({
    low: '1.30',
    high: '1.52',
  });
});

const site = { file: 'a.sh', line: 1, column: 1 };
test.each([
  // Podman answers every prefix: nothing to report.
  [{ podman: ['4.3'] }, '1.44', []],
  [{ podman: ['4.3'] }, '1.12', []],
  // Mixed: Docker 27 refuses what is outside its window; Podman's lower ceiling does not narrow it.
  [{ docker: ['27'], podman: ['4.3'] }, '1.44', []],
  [{ docker: ['27'], podman: ['4.3'] }, '1.47', ['above-max 1.46']],
  [{ docker: ['27'], podman: ['4.3'] }, '1.12', ['below-min 1.24']],
  [{ docker: ['27'] }, '1.47', ['above-max 1.46']],
])('pins against %j: /v%s/ → %j', (options, pin, problems) => {
  const drafts = checkPin(site, pin, 'GET /version', resolveTarget(options));
  expect(
    drafts.map((draft) =>
      draft.args.rule === 'api-version-unsupported' && draft.args.problem !== 'no-window'
        ? `${draft.args.problem} ${draft.args.limit}`
        : draft.rule,
    ),
  ).toEqual(problems);
});
