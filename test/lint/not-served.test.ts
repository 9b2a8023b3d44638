import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Finding } from '../../src/lint/finding.ts';
import { formatMessage } from '../../src/lint/messages.ts';
import { lint } from '../../src/lint/run.ts';
import { resolveTarget, type TargetOptions } from '../../src/targets/resolve-target.ts';

const cwd = join(import.meta.dirname, '../fixtures/podman-swarm');

async function findings(options: TargetOptions): Promise<string[]> {
  const result = await lint({ cwd, paths: ['.'], target: resolveTarget(options) });
  return result.findings.map(brief);
}

function brief(finding: Finding): string {
  const args = finding.args;
  const extra =
    args.rule === 'api-not-served'
      ? ` ${args.engine} ${args.version} ${args.answer} ${args.status}${args.servedSince ? ` from ${args.servedSince}` : ''}`
      : '';
  const folded = finding.folded ? ` folds ${finding.folded.join(', ')}` : '';
  return `${finding.line}:${finding.column} ${finding.rule} ${finding.element}${extra}${folded}`;
}

test('Podman 4.3: swarm services, the missing update route, a prefix-only route; no pin findings', async () => {
  expect(await findings({ podman: ['4.3'] })).toEqual([
    '8:19 api-not-served POST /services/create Podman 4.3.1 refused 503',
    '10:44 api-not-served GET /services/{id} Podman 4.3.1 refused 503',
    '12:52 api-not-served POST /containers/{id}/update Podman 4.3.1 missing 404 from 5.4.0',
    '17:54 api-not-served DELETE /secrets/{id} Podman 4.3.1 refused 503 from 5.8.2',
    '22:19 api-not-served POST /services/create Podman 4.3.1 refused 503 folds POST /services/create body:TaskTemplate.ContainerSpec.OomScoreAdj',
  ]);
});

test('Podman 5.8 routes the update and the unversioned removal', async () => {
  const found = await findings({ podman: ['5.8'] });
  expect(found.filter((line) => line.includes('update') || line.includes('secrets'))).toEqual([]);
  expect(found.filter((line) => line.includes('api-not-served'))).toHaveLength(3);
});

test('Docker alone never reports api-not-served', async () => {
  const found = await findings({ docker: ['24'] });
  expect(found.some((line) => line.includes('api-not-served'))).toBe(false);
  expect(found).toContain('14:44 api-version-unsupported GET /containers/{id}/json');
});

test('a mixed fleet keeps the Docker findings beside api-not-served, unfolded', async () => {
  const found = await findings({ docker: ['24'], podman: ['4.3'] });
  expect(found).toContain('14:44 api-version-unsupported GET /containers/{id}/json');
  expect(found).toContain('22:19 api-not-served POST /services/create Podman 4.3.1 refused 503');
  expect(found).toContain(
    '21:87 api-too-new POST /services/create body:TaskTemplate.ContainerSpec.OomScoreAdj',
  );
});

test('the message names the engine, the answer and the way out, without engine-specific advice', async () => {
  const result = await lint({ cwd, paths: ['.'], target: resolveTarget({ podman: ['4.3'] }) });
  const update = result.findings.find((finding) => finding.element === 'POST /containers/{id}/update');
  expect(update && formatMessage(update)).toBe(
    '`POST /containers/{id}/update` is not served by Podman 4.3.1 at any API version (no route, 404; --podman 4.3): Podman serves it from 5.4.0; check which engine answers before calling, or drop that engine from the target',
  );
});
