/**
 * Flag → element links the field analysis cannot follow: the value passes
 * through a parser (`nat.ParsePortSpecs`), per-network endpoint settings, or
 * a functional option of the Go client (`client.ImageHistoryWithPlatform`).
 * Each row cites the docker/cli line that writes the flag into the request;
 * a test fails when that line no longer shows `shows`.
 */
export interface HandLink {
  readonly commands: readonly string[];
  readonly flags: readonly string[];
  /** Element key. */
  readonly key: string;
  /** `path:line@commit` in docker/cli. */
  readonly cite: string;
  /** Text the cited line holds. */
  readonly shows: string;
  /** The value sent is the flag's text before this separator (`on-failure:3` → `on-failure`). */
  readonly cut?: string;
}

const AT = '@a7dcaa6fdb6ed04aacbfdc76357fdae01605609e';
const RUN = ['container run', 'container create'];
const CREATE = 'POST /containers/create';
const ENDPOINT = `${CREATE} body:NetworkingConfig.EndpointsConfig{}`;

/** When a flag sets an element only for some values: `-v name:/data` is a bind, `-v /data` a volume. */
export interface ValueCondition {
  readonly test: 'contains' | 'lacks' | 'equals' | 'differs' | 'never';
  readonly text: string;
}

/**
 * Which of a flag's derived elements a value sends. The field analysis sees
 * every element a flag can reach; these rows, each citing the line that
 * decides, say which values reach which.
 */
export interface ValueRule {
  readonly commands: readonly string[];
  readonly flag: string;
  readonly key: string;
  readonly when: ValueCondition;
  readonly cite: string;
  readonly shows: string;
}

export const VALUE_RULES: readonly ValueRule[] = [
  // Both credentials decide together whether stored ones are used; each flag sends its own field.
  {
    commands: ['login'],
    flag: 'username',
    key: 'POST /auth body:password',
    when: { test: 'never', text: '' },
    cite: `cli/command/registry/login.go:169${AT}`,
    shows: 'opts.user == "" && opts.password == ""',
  },
  {
    commands: ['login'],
    flag: 'username',
    key: 'POST /auth body:serveraddress',
    when: { test: 'never', text: '' },
    cite: `cli/command/registry/login.go:169${AT}`,
    shows: 'opts.user == "" && opts.password == ""',
  },
  {
    commands: ['login'],
    flag: 'password',
    key: 'POST /auth body:username',
    when: { test: 'never', text: '' },
    cite: `cli/command/registry/login.go:169${AT}`,
    shows: 'opts.user == "" && opts.password == ""',
  },
  {
    commands: ['login'],
    flag: 'password',
    key: 'POST /auth body:serveraddress',
    when: { test: 'never', text: '' },
    cite: `cli/command/registry/login.go:169${AT}`,
    shows: 'opts.user == "" && opts.password == ""',
  },
  // The client sends `tag` only without All: --all-tags leaves it out.
  {
    commands: ['image pull'],
    flag: 'all-tags',
    key: 'POST /images/create query:tag',
    when: { test: 'never', text: '' },
    cite: `cli/command/image/pull.go:101${AT}`,
    shows: 'All:',
  },
  {
    commands: ['image push'],
    flag: 'all-tags',
    key: 'POST /images/{name}/push query:tag',
    when: { test: 'never', text: '' },
    cite: `cli/command/image/push.go:117${AT}`,
    shows: 'All:',
  },
  // volumespec.Parse: a spec with a source (`src:/dst`) is a bind; the rest are anonymous volumes.
  {
    commands: RUN,
    flag: 'volume',
    key: `${CREATE} body:HostConfig.Binds`,
    when: { test: 'contains', text: ':' },
    cite: `cli/command/container/opts.go:380${AT}`,
    shows: 'parsed.Source',
  },
  {
    commands: RUN,
    flag: 'volume',
    key: `${CREATE} body:Volumes`,
    when: { test: 'lacks', text: ':' },
    cite: `cli/command/container/opts.go:380${AT}`,
    shows: 'parsed.Source',
  },
  // `systempaths=unconfined` is taken out of the security options and sent as empty masked and read-only paths.
  {
    commands: RUN,
    flag: 'security-opt',
    key: `${CREATE} body:HostConfig.SecurityOpt`,
    when: { test: 'differs', text: 'systempaths=unconfined' },
    cite: `cli/command/container/opts.go:970${AT}`,
    shows: 'systempaths=unconfined',
  },
  {
    commands: RUN,
    flag: 'security-opt',
    key: `${CREATE} body:HostConfig.MaskedPaths`,
    when: { test: 'equals', text: 'systempaths=unconfined' },
    cite: `cli/command/container/opts.go:970${AT}`,
    shows: 'systempaths=unconfined',
  },
  {
    commands: RUN,
    flag: 'security-opt',
    key: `${CREATE} body:HostConfig.ReadonlyPaths`,
    when: { test: 'equals', text: 'systempaths=unconfined' },
    cite: `cli/command/container/opts.go:970${AT}`,
    shows: 'systempaths=unconfined',
  },
  // The driver is read only to refuse options for `none`; the options come from --log-opt.
  {
    commands: RUN,
    flag: 'log-driver',
    key: `${CREATE} body:HostConfig.LogConfig.Config`,
    when: { test: 'never', text: '' },
    cite: `cli/command/container/opts.go:922${AT}`,
    shows: 'loggingDriver == "none"',
  },
];

export const HAND_LINKS: readonly HandLink[] = [
  // network create: createIPAMConfig builds the IPAM block from the --subnet, --ip-range,
  // --gateway and --aux-address lists (one config per subnet).
  {
    commands: ['network create'],
    flags: ['subnet'],
    key: 'POST /networks/create body:IPAM.Config[].Subnet',
    cite: `cli/command/network/create.go:164${AT}`,
    shows: 'Subnet: sn',
  },
  {
    commands: ['network create'],
    flags: ['ip-range'],
    key: 'POST /networks/create body:IPAM.Config[].IPRange',
    cite: `cli/command/network/create.go:184${AT}`,
    shows: 'IPRange = ipRange',
  },
  {
    commands: ['network create'],
    flags: ['gateway'],
    key: 'POST /networks/create body:IPAM.Config[].Gateway',
    cite: `cli/command/network/create.go:208${AT}`,
    shows: 'd.Gateway',
  },
  {
    commands: ['network create'],
    flags: ['aux-address'],
    key: 'POST /networks/create body:IPAM.Config[].AuxiliaryAddresses',
    cite: `cli/command/network/create.go:234${AT}`,
    shows: 'AuxAddress[name]',
  },
  {
    commands: ['network create'],
    flags: ['ipam-driver'],
    key: 'POST /networks/create body:IPAM.Driver',
    cite: `cli/command/network/create.go:248${AT}`,
    shows: 'Driver:  options.driver',
  },
  {
    commands: ['network create'],
    flags: ['ipam-opt'],
    key: 'POST /networks/create body:IPAM.Options',
    cite: `cli/command/network/create.go:250${AT}`,
    shows: 'Options: options.driverOpts',
  },
  // system prune hands its filter to every registered pruner; containers come first.
  {
    commands: ['system prune'],
    flags: ['filter'],
    key: 'POST /containers/prune query:filters',
    cite: `cli/command/system/prune.go:107${AT}`,
    shows: 'Filter:    options.filter',
  },
  // opts.ParseRestartPolicy: `name[:count]`.
  {
    commands: RUN,
    flags: ['restart'],
    key: `${CREATE} body:HostConfig.RestartPolicy.Name`,
    cite: `opts/parse.go:102${AT}`,
    shows: 'Name:',
    cut: ':',
  },
  {
    commands: ['container update'],
    flags: ['restart'],
    key: 'POST /containers/{id}/update body:RestartPolicy.Name',
    cite: `opts/parse.go:102${AT}`,
    shows: 'Name:',
    cut: ':',
  },
  {
    commands: RUN,
    flags: ['publish'],
    key: `${CREATE} body:HostConfig.PortBindings`,
    cite: `cli/command/container/opts.go:675${AT}`,
    shows: 'portBindings',
  },
  {
    commands: RUN,
    flags: ['publish', 'expose'],
    key: `${CREATE} body:ExposedPorts`,
    cite: `cli/command/container/opts.go:648${AT}`,
    shows: 'exposedPorts',
  },
  {
    commands: RUN,
    flags: ['network-alias', 'net-alias'],
    key: `${ENDPOINT}.Aliases`,
    cite: `cli/command/container/opts.go:831${AT}`,
    shows: 'copts.aliases',
  },
  {
    commands: RUN,
    flags: ['ip'],
    key: `${ENDPOINT}.IPAMConfig.IPv4Address`,
    cite: `cli/command/container/opts.go:842${AT}`,
    shows: 'IPv4Address',
  },
  {
    commands: RUN,
    flags: ['ip6'],
    key: `${ENDPOINT}.IPAMConfig.IPv6Address`,
    cite: `cli/command/container/opts.go:847${AT}`,
    shows: 'IPv6Address',
  },
  {
    commands: RUN,
    flags: ['mac-address'],
    key: `${ENDPOINT}.MacAddress`,
    cite: `cli/command/container/opts.go:851${AT}`,
    shows: 'copts.macAddress',
  },
  {
    commands: RUN,
    flags: ['link-local-ip'],
    key: `${ENDPOINT}.IPAMConfig.LinkLocalIPs`,
    cite: `cli/command/container/opts.go:854${AT}`,
    shows: 'copts.linkLocalIPs',
  },
  {
    commands: ['image history'],
    flags: ['platform'],
    key: 'GET /images/{name}/history query:platform',
    cite: `cli/command/image/history.go:66${AT}`,
    shows: 'ImageHistoryWithPlatform',
  },
  {
    commands: ['image inspect'],
    flags: ['platform'],
    key: 'GET /images/{name}/json query:platform',
    cite: `cli/command/image/inspect.go:74${AT}`,
    shows: 'ImageInspectWithPlatform',
  },
  {
    commands: ['image load'],
    flags: ['platform'],
    key: 'POST /images/load query:platform',
    cite: `cli/command/image/load.go:91${AT}`,
    shows: 'ImageLoadWithPlatforms',
  },
  {
    commands: ['image save'],
    flags: ['platform'],
    key: 'GET /images/get query:platform',
    cite: `cli/command/image/save.go:67${AT}`,
    shows: 'ImageSaveWithPlatforms',
  },
];

/**
 * Flags whose value is a comma-separated list of options, read by a value
 * type's `Set` method (`opts.MountOpt`); the options and the fields they
 * set are derived from that method (./csv-options.ts). Each row cites the
 * line that gives the flag that value type.
 */
export interface CsvFlag {
  readonly commands: readonly string[];
  readonly flag: string;
  /** The receiver type of the `Set` method. */
  readonly setter: string;
  /** Element key of one list item: `POST /containers/create body:HostConfig.Mounts[]`. */
  readonly base: string;
  readonly cite: string;
  readonly shows: string;
}

export const CSV_FLAGS: readonly CsvFlag[] = [
  {
    commands: RUN,
    flag: 'gpus',
    setter: 'GpuOpts',
    base: `${CREATE} body:HostConfig.DeviceRequests[]`,
    cite: `cli/command/container/opts.go:190${AT}`,
    shows: '&copts.gpus, "gpus"',
  },
  {
    commands: RUN,
    flag: 'mount',
    setter: 'MountOpt',
    base: `${CREATE} body:HostConfig.Mounts[]`,
    cite: `cli/command/container/opts.go:260${AT}`,
    shows: '&copts.mounts, "mount"',
  },
  {
    commands: ['service create'],
    flag: 'mount',
    setter: 'MountOpt',
    base: 'POST /services/create body:TaskTemplate.ContainerSpec.Mounts[]',
    cite: `cli/command/service/create.go:44${AT}`,
    shows: '&opts.mounts, flagMount',
  },
  {
    commands: ['service update'],
    flag: 'mount-add',
    setter: 'MountOpt',
    base: 'POST /services/{id}/update body:TaskTemplate.ContainerSpec.Mounts[]',
    cite: `cli/command/service/update.go:85${AT}`,
    shows: '&options.mounts, flagMountAdd',
  },
];
