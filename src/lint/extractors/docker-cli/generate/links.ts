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
}

const AT = '@a7dcaa6fdb6ed04aacbfdc76357fdae01605609e';
const RUN = ['container run', 'container create'];
const CREATE = 'POST /containers/create';
const ENDPOINT = `${CREATE} body:NetworkingConfig.EndpointsConfig{}`;

export const HAND_LINKS: readonly HandLink[] = [
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
