import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../package-root.ts';

/**
 * data/docker-py.json: docker-py's surface as facts derived from its source
 * at pinned releases (generate/). Citations are `file:line` in the release
 * the entry was read from; `releases` names the commits.
 */
export interface DockerPyTable {
  readonly generated: string;
  /** Every `at` (`docker/api/container.py:451`) is a line at this commit, the newest release's. */
  readonly cites: string;
  readonly releases: readonly DockerPyRelease[];
  /** Low-level `APIClient` methods by name. */
  readonly api: Readonly<Record<string, Callable>>;
  /** `docker.types` classes by name: keyword → body paths relative to where the object is placed. */
  readonly types: Readonly<Record<string, TypeFacts>>;
  /** `APIClient` methods that only build a type (`create_host_config` → `HostConfig`). */
  readonly factories: Readonly<Record<string, string>>;
  /** High-level classes (`DockerClient`, collections, models) by name. */
  readonly models: Readonly<Record<string, ModelClass>>;
  /** `DockerClient` properties → the collection class they return. */
  readonly client: Readonly<Record<string, string>>;
  /** HTTP calls of the newest release whose path names no operation of the element data (`METHOD path file:line`). */
  readonly unmatched: readonly string[];
  /** Keys the newest release's code can send that the element data does not know (`POST /build query:isolation`): left out of `keywords`. */
  readonly unknownKeys: readonly string[];
}

export interface DockerPyRelease {
  readonly version: string;
  readonly commit: string;
  /** `DEFAULT_DOCKER_API_VERSION`: what a client without `version=` speaks. */
  readonly defaultApiVersion: string;
  readonly at: string;
}

/** A method that sends requests. */
export interface Callable {
  readonly at: string;
  /** Positional parameter names, `self` left out. */
  readonly params: readonly string[];
  /** True when the method takes `**kwargs` (unknown keywords are passed on, not errors). */
  readonly kwargs?: true;
  readonly requests: readonly RequestFacts[];
  /**
   * Keyword → the elements its value sets: `"0 body:HostConfig.CgroupnsMode"`
   * (index into `requests`, then the element key without the operation).
   * `body:` with an empty path: the value's dict keys are body fields.
   * `#0`, `#1`: positional arguments past `params`, passed on through `*args`.
   */
  readonly keywords: Readonly<Record<string, readonly string[]>>;
  /** Elements set only when every keyword listed is given (`detach` and `remove` → AutoRemove). */
  readonly together?: readonly { readonly keywords: readonly string[]; readonly keys: readonly string[] }[];
  readonly gates: readonly GateFacts[];
  /** The docker-py releases that have it, when not all do (`>=7.2.0`). */
  readonly sdk?: string;
  /** Keywords only some releases have, with those releases. */
  readonly keywordsSdk?: Readonly<Record<string, string>>;
}

export interface RequestFacts {
  /** The operation's element key (`POST /containers/create`). */
  readonly op: string;
  readonly at: string;
  /** Sent only when the first attempt failed (pull after ImageNotFound). */
  readonly fallback?: true;
  /** A read docker-py makes for itself: of what was just made (`self.get(id)`), or in a private helper (`_check_is_tty`). */
  readonly follow?: true;
  /** Sent only when these keywords are given (`remove` → DELETE). */
  readonly when?: readonly string[];
  /** Not sent when these keywords are given a true value (`detach`). */
  readonly unless?: readonly string[];
}

/** One of docker-py's own version checks. */
export interface GateFacts {
  /** Refused below this API version. */
  readonly min?: string;
  /** Refused at or above this API version. */
  readonly max?: string;
  /** Behaves differently from this API version on (nothing refused). */
  readonly branch?: string;
  /** The keywords that trigger it; absent: every call. */
  readonly keywords?: readonly string[];
  /** The operations it guards (a method's gate does not guard the other requests of its caller). */
  readonly ops?: readonly string[];
  readonly at: string;
}

export interface TypeFacts {
  readonly at: string;
  readonly params: readonly string[];
  readonly kwargs?: true;
  /** Keyword → body paths relative to the object (`mem_limit` → `Memory`). */
  readonly keywords: Readonly<Record<string, readonly string[]>>;
  readonly gates: readonly GateFacts[];
  readonly sdk?: string;
  readonly keywordsSdk?: Readonly<Record<string, string>>;
}

export interface ModelClass {
  /** For a collection: the model class its objects are (`Container`). */
  readonly model?: string;
  readonly methods: Readonly<Record<string, Callable>>;
}

let cached: DockerPyTable | undefined;

/** The shipped table, parsed once. */
export function dockerPyTable(): DockerPyTable {
  cached ??= JSON.parse(readFileSync(join(dataDir, 'docker-py.json'), 'utf8')) as DockerPyTable;
  return cached;
}
