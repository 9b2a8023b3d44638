import type { FactKind } from '../data/element-types.ts';

/**
 * The hand-kept table: what the generator cannot read mechanically from the
 * changelog and the router gates, mapped to element keys and fact kinds.
 * Each entry names its source line and the hash of that line's text (see
 * lineHash), so a moved or reworded line fails the build instead of citing
 * other text. A router entry also names what the gate must touch.
 *
 * `since`, `deprecated` and `removed` set the effective span; every other kind is a
 * behaviour fact. Keys are canonical element keys; an unknown key fails.
 */
export type TableKind = 'since' | 'deprecated' | 'removed' | FactKind;

export interface TableEntry {
  /**
   * `changelog` (api/docs/CHANGELOG.md at the specs' commit), `router` (the
   * v28.5.2 routers) or `client` (a docker-py gate, where neither says it).
   */
  readonly source: 'changelog' | 'router' | 'client';
  /** For `router`: the file below the router folder (`container/container_routes.go`); for `client`, the file. */
  readonly file?: string;
  readonly line: number;
  readonly hash: string;
  /** For `changelog`: the section the line is in, when it states a fact of another version. */
  readonly section?: string;
  /** For `router`: a name the gate at that line must touch. */
  readonly touches?: string;
  readonly kind: TableKind;
  readonly version: string;
  readonly keys: readonly string[];
}

const log = (
  line: number,
  hash: string,
  kind: TableKind,
  version: string,
  ...keys: string[]
): TableEntry => ({
  source: 'changelog',
  line,
  hash,
  kind,
  version,
  keys,
});

const gate = (
  at: string,
  hash: string,
  touches: string,
  kind: TableKind,
  version: string,
  ...keys: string[]
): TableEntry => {
  const [file, line] = at.split(':') as [string, string];
  return { source: 'router', file, line: Number(line), hash, touches, kind, version, keys };
};

const client = (
  at: string,
  hash: string,
  kind: TableKind,
  version: string,
  ...keys: string[]
): TableEntry => {
  const [file, line] = at.split(':') as [string, string];
  return { source: 'client', file, line: Number(line), hash, kind, version, keys };
};

const CREATE = 'POST /containers/create';
const UPDATE = 'POST /containers/{id}/update';
const KERNEL_MEMORY = [
  `${CREATE} body:HostConfig.KernelMemory`,
  `${UPDATE} body:KernelMemory`,
  'GET /containers/{id}/json response:HostConfig.KernelMemory',
];
// Plugins left experimental in 1.25: one changelog line per endpoint.
const PLUGINS: readonly [line: number, hash: string, key: string][] = [
  [919, '189a910e', 'GET /plugins'],
  [920, '880af183', 'POST /plugins/pull'],
  [921, 'bdbfe60b', 'GET /plugins/{name}/json'],
  [922, '0b931563', 'POST /plugins/{name}/set'],
  [923, 'd269ac3f', 'POST /plugins/{name}/enable'],
  [924, '549dbe1f', 'POST /plugins/{name}/disable'],
  [925, '9044991e', 'POST /plugins/{name}/push'],
  [926, '254142a5', 'POST /plugins/create'],
  [927, '89b88db5', 'DELETE /plugins/{name}'],
];

export const TABLE: readonly TableEntry[] = [
  // Documented late: the changelog dates these earlier than the first spec that has them.
  log(938, '545c3fef', 'since', '1.25', `${CREATE} body:HostConfig.Init`),
  log(871, '85bb6332', 'since', '1.25', 'GET /images/{name}/json response:OsVersion'),
  log(876, '7f6388db', 'since', '1.25', 'GET /info response:Isolation'),
  log(
    839,
    '3cd56230',
    'since',
    '1.29',
    'POST /services/create body:TaskTemplate.ContainerSpec.Privileges',
    'POST /services/create body:TaskTemplate.ContainerSpec.Privileges.CredentialSpec',
    'POST /services/create body:TaskTemplate.ContainerSpec.Privileges.SELinuxContext',
  ),
  log(828, 'f5dfc84c', 'since', '1.30', 'PUT /containers/{id}/archive query:copyUIDGID'),
  log(844, '5ccc84c6', 'since', '1.28', `${CREATE} body:HostConfig.Mounts[].Consistency`),
  log(
    860,
    'cd9cfd45',
    'since',
    '1.27',
    'GET /containers/{id}/stats response:cpu_stats.online_cpus',
    'GET /containers/{id}/stats response:precpu_stats.online_cpus',
  ),
  log(934, '6de26011', 'since', '1.25', 'POST /secrets/{id}/update'),
  // Docker 17.05 (API 1.29) added multi-stage build targets; the changelog omits it.
  client('docker/api/build.py:209', '45564611', 'since', '1.29', 'POST /build query:target'),
  gate('build/build_routes.go:78', 'dc3e3837', 'platform', 'since', '1.32', 'POST /build query:platform'),
  log(1042, 'b6a83a70', 'since', '1.24', ...KERNEL_MEMORY),
  log(980, 'b22cb515', 'since', '1.24', 'GET /info response:KernelMemory'),
  // Documented early or with a gap: the daemon serves it from later, in one span.
  log(855, '125198ca', 'since', '1.28', `${UPDATE} body:NanoCpus`),
  gate(
    'network/network_routes.go:218',
    'efc0d96c',
    'EnableIPv4',
    'since',
    '1.48',
    'POST /networks/create body:EnableIPv4',
  ),
  log(242, 'f6cd1d8b', 'since', '1.48', 'GET /networks/{id} response:EnableIPv4'),
  // Removed, but older API versions are still served.
  log(472, '9aa9dca8', 'removed', '1.42', ...KERNEL_MEMORY),
  log(478, 'd86f5b46', 'removed', '1.42', 'GET /info response:KernelMemory'),
  gate('image/image_routes.go:424', 'd8ad6f58', 'filter', 'removed', '1.41', 'GET /images/json query:filter'),
  // Docker 1.13 (API 1.25) deprecated it, as the 1.41 section recalls; the 1.25 definition dropped it instead.
  { ...log(562, '09d97733', 'deprecated', '1.25', 'GET /images/json query:filter'), section: '1.41' },

  // Behaviour facts.
  log(537, '0428a7ab', 'honoured-since', '1.42', `${CREATE} body:HostConfig.ConsoleSize`),
  gate(
    'container/container_routes.go:738',
    '9cddfc4b',
    'MacAddress',
    'honoured-since',
    '1.44',
    `${CREATE} body:NetworkingConfig.EndpointsConfig{}.MacAddress`,
  ),
  gate(
    'container/container_routes.go:441',
    '49d093ca',
    'PidsLimit',
    'honoured-since',
    '1.40',
    `${UPDATE} body:PidsLimit`,
  ),
  gate(
    'container/container_routes.go:587',
    '1e782375',
    'KernelMemory',
    'ignored-since',
    '1.42',
    KERNEL_MEMORY[0] as string,
  ),
  gate(
    'container/container_routes.go:445',
    '57abc32f',
    'KernelMemory',
    'ignored-since',
    '1.42',
    KERNEL_MEMORY[1] as string,
  ),
  gate(
    'system/system_routes.go:129',
    '1e782375',
    'KernelMemory',
    'ignored-since',
    '1.42',
    'GET /info response:KernelMemory',
  ),
  gate(
    'container/container_routes.go:525',
    'd582b88b',
    'IpcMode',
    'default-changed',
    '1.40',
    `${CREATE} body:HostConfig.IpcMode`,
  ),
  gate(
    'container/container_routes.go:542',
    'd8ad6f58',
    'CgroupnsMode',
    'default-changed',
    '1.41',
    `${CREATE} body:HostConfig.CgroupnsMode`,
  ),
  gate('volume/volume_routes.go:202', 'f4860f83', 'all', 'default-changed', '1.42', 'POST /volumes/prune'),
  log(470, 'b76fdd82', 'validated-since', '1.42', 'POST /containers/{id}/wait query:condition'),
  log(
    542,
    '75bff96e',
    'validated-since',
    '1.42',
    `${CREATE} body:HostConfig.Mounts[].BindOptions`,
    `${CREATE} body:HostConfig.Mounts[].VolumeOptions`,
    `${CREATE} body:HostConfig.Mounts[].TmpfsOptions`,
  ),
  gate(
    'container/container_routes.go:1054',
    'aa357752',
    'BinaryFrame',
    'default-changed',
    '1.28',
    'GET /containers/{id}/attach/ws',
  ),
  gate(
    'container/container_routes.go:335',
    'a2d7a2b1',
    'postContainersWait',
    'default-changed',
    '1.30',
    'POST /containers/{id}/wait',
  ),
  gate(
    'image/image_routes.go:453',
    '9db75943',
    'getImagesJSON',
    'default-changed',
    '1.43',
    'GET /images/json response:[].RepoTags',
    'GET /images/json response:[].RepoDigests',
  ),
  gate(
    'system/system_routes.go:90',
    '072f8036',
    'KernelVersion',
    'default-changed',
    '1.39',
    'GET /info response:KernelVersion',
    'GET /info response:OperatingSystem',
  ),
  log(480, '944e9fa0', 'default-changed', '1.42', 'GET /_ping', 'HEAD /_ping'),
  log(
    882,
    '3d3e314e',
    'validated-since',
    '1.25',
    `${CREATE} body:HostConfig.RestartPolicy`,
    `${UPDATE} body:RestartPolicy`,
  ),
  log(
    883,
    '61652ca8',
    'validated-since',
    '1.25',
    `${CREATE} body:NetworkingConfig.EndpointsConfig{}.IPAMConfig`,
  ),
  log(710, '6a89bb54', 'experimental-until', '1.39', 'POST /session'),
  ...PLUGINS.map(([line, hash, key]) => log(line, hash, 'experimental-until', '1.25', key)),
];
