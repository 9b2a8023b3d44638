import type { ApiLookup, DockerLookup, ReleaseRun } from '../matrix/index.ts';

export function formatDockerLookup(result: DockerLookup): string {
  const lines: string[] = [];
  const line = result.line;
  if (line && line.first !== line.last && !line.name.includes('.')) {
    lines.push(`Docker ${line.name} (${line.first} … ${line.last})`);
    lines.push(`  max API:          ${range(line.maxApi.lowest, line.maxApi.highest)}`);
    lines.push(`  default min API:  ${range(line.minApi.lowest, line.minApi.highest)}`);
  } else {
    lines.push(`Docker ${result.docker}`);
    lines.push(`  max API:          ${result.maxApi}`);
    lines.push(`  default min API:  ${result.minApi}`);
  }
  if (result.configurableMinApi) {
    lines.push(`  configurable min: ${result.configurableMinApi} (DOCKER_MIN_API_VERSION on the daemon)`);
  }
  for (const note of result.notes) lines.push(`  note: ${note}`);
  return `${lines.join('\n')}\n`;
}

export function formatApiLookup(result: ApiLookup): string {
  const lines = [`API ${result.api}`];
  lines.push(`  served by default: ${runs(result.servedBy)}`);
  if (result.servedWhenConfigured.length > 0) {
    lines.push(`  served when the daemon's minimum is lowered: ${runs(result.servedWhenConfigured)}`);
  }
  return `${lines.join('\n')}\n`;
}

function runs(list: readonly ReleaseRun[]): string {
  if (list.length === 0) return 'no release';
  return list.map((run) => (run.from === run.to ? run.from : `${run.from} … ${run.to}`)).join(', ');
}

function range(lowest: string, highest: string): string {
  return lowest === highest ? lowest : `${lowest}–${highest}`;
}
