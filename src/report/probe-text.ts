import type { DaemonProbe } from '../daemon/index.ts';
import { targetFromDaemon } from '../targets/from-daemon.ts';

/** `probe` as text: what the daemon says, then what the data knows of it. */
export function formatProbeText(probe: DaemonProbe): string {
  const platform = [probe.os, probe.arch].filter(Boolean).join('/');
  const engine = ENGINE_NAMES[probe.engine] ?? probe.engine;
  const lines = [
    `${engine === 'Docker' ? 'Docker daemon' : engine} at ${probe.host}`,
    `  version:     ${probe.docker}${platform ? ` (${platform})` : ''}`,
    `  API:         ${probe.minApi} … ${probe.api}`,
    `  in the data: ${knownText(probe)}`,
  ];
  if (probe.known.kind === 'release') {
    for (const difference of probe.known.differences) lines.push(`  note: ${difference}`);
  }
  return `${lines.join('\n')}\n`;
}

// How the text names an engine; `probe --json` keeps the lower-case id.
const ENGINE_NAMES: Readonly<Record<string, string>> = { docker: 'Docker', podman: 'Podman' };

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
      return probe.engine === 'podman'
        ? podmanText(probe)
        : `no: ${known.engine} is not Docker; only its API range applies`;
    case 'unknown':
      return `no: ${known.reason}`;
  }
}

function podmanText(probe: DaemonProbe): string {
  const target = targetFromDaemon(probe);
  const [engine] = target.engines ?? [];
  if (!engine) return `no: Podman ${probe.engineVersion} is not in the data; only its API range applies`;
  const lacking = [...engine.notServed.keys()].length;
  return `Podman ${engine.version}: reports API ${probe.minApi} … ${probe.api}, answers any /v1.NN/ prefix, does not serve ${lacking} operations of the data (docker-api-compat targets --podman ${engine.version})`;
}
