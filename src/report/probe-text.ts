import type { DaemonProbe } from '../daemon/index.ts';

/** `probe` as text: what the daemon says, then what the data knows of it. */
export function formatProbeText(probe: DaemonProbe): string {
  const platform = [probe.os, probe.arch].filter(Boolean).join('/');
  const lines = [
    `Docker daemon at ${probe.host}`,
    `  version:     ${probe.docker}${platform ? ` (${platform})` : ''}`,
    `  API:         ${probe.minApi} … ${probe.api}`,
    `  in the data: ${knownText(probe)}`,
  ];
  if (probe.known.kind === 'release') {
    for (const difference of probe.known.differences) lines.push(`  note: ${difference}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatProbeJson(probe: DaemonProbe): string {
  return `${JSON.stringify(probe)}\n`;
}

function knownText(probe: DaemonProbe): string {
  const known = probe.known;
  switch (known.kind) {
    case 'release':
      return `Docker ${known.docker}: max API ${known.maxApi}, default min API ${known.minApi}`;
    case 'newer':
      return `no: Docker ${probe.docker} is newer than the data (latest known release: ${known.latest}); update docker-api-compat (npm install docker-api-compat@latest) for newer releases`;
    case 'other-engine':
      return `no: ${known.engine} is not Docker; only its API range applies`;
    case 'unknown':
      return `no: ${known.reason}`;
  }
}
