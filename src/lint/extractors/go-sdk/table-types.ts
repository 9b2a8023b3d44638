/**
 * The Go client's surface as data (data/go-sdk.json), generated from the
 * pinned client sources by ./generate/. Types only; ./table.ts loads it.
 */

/**
 * A Go type as the table names it: `container.HostConfig` (package key and
 * name; the package key is the folder below `api/types/`, `types` for
 * `api/types` itself, `client` for the client package), `[]mount.Mount` for
 * slices and arrays, `{}network.EndpointSettings` for map values, a basic
 * type's name (`string`), or `any`. Pointers are dropped.
 */
export type TypeRef = string;

/** One exported struct field as encoding/json writes it. */
export interface FieldRow {
  /** The JSON key; `""` for an embedded struct whose fields are inlined. */
  readonly json: string;
  readonly type: TypeRef;
}

/** Where a value the caller passes ends up in the request. */
export interface Binding {
  /**
   * The caller's value as a parameter name and a field path into it:
   * `options.HostConfig`, `platform`, `options.Platforms`.
   */
  readonly from: string;
  readonly in: 'query' | 'header' | 'body';
  /** Query or header name; for the body, the JSON field path (`""` for the body itself, `HostConfig`). */
  readonly name: string;
  /** For the body: the Go type of the value, whose fields map on to JSON keys below `name`. */
  readonly type?: TypeRef;
  /** The client sends it only when the caller's value is false or unset (`Remove` → `rm=0`). */
  readonly unless?: true;
  /** The client sends it only where its API version passes this check (a gate of action `send`). */
  readonly sentWhen?: ClientGate['checks'][number];
}

/** A check of the negotiated or configured API version inside the client. */
export interface ClientGate {
  /** `client/container_create.go:35`: where the version is written (at the pinned commit). */
  readonly at: string;
  /** Comparisons of the client's API version with a bound, joined by `||` when several. */
  readonly checks: readonly {
    readonly op: '<' | '<=' | '>' | '>=' | '==' | '!=';
    readonly version: string;
  }[];
  /**
   * What the client does where the check holds: `error` (refuses the call),
   * `clear` (drops the value before sending), `send` (sends an element only
   * there), `response` (reads the reply differently), `other`.
   */
  readonly action: 'error' | 'clear' | 'send' | 'response' | 'other';
  /** The operation of the request the gate guards. */
  readonly op?: string;
  /** Element keys without the operation (`body:HostConfig.AutoRemove`, `query:platform`); empty: the operation. */
  readonly elements: readonly string[];
}

/** One request a method sends. */
export interface MethodRequest {
  /** The operation's element key: `POST /containers/create`; absent when no operation matches the path. */
  readonly op?: string;
  /** Method and path as the client builds them (`{}` for dynamic parts), when no operation matches. */
  readonly unmatched?: string;
  /** Where the client writes the path (at the pinned commit). */
  readonly at: string;
  /** Caller values the request is sent only for (`options.QueryRegistry`); absent: always. */
  readonly when?: readonly string[];
  readonly bindings: readonly Binding[];
  /** Query parameters and headers the client sets by itself, whatever the caller passes. */
  readonly fixed?: readonly string[];
  /**
   * The client tries this request first and falls back to a later one on the
   * same path with another method (`HEAD /_ping`, then `GET /_ping`): the
   * later one is what every daemon answers.
   */
  readonly triedFirst?: true;
}

/** One exported method of `*Client`. */
export interface MethodRow {
  /** Parameter names and types in order (`ctx` included); a variadic one's type starts with `...`. */
  readonly params: readonly (readonly [name: string, type: TypeRef])[];
  /** `client/container_create.go:20`. */
  readonly at: string;
  readonly requests: readonly MethodRequest[];
  readonly gates: readonly ClientGate[];
}

/**
 * A functional option (`client.ImageInspectWithManifests(true)`): what it
 * writes into the options struct its method applies it to. The method's
 * bindings name those fields below the variadic parameter
 * (`inspectOpts.apiOptions.Manifests`).
 */
export interface OptionRow {
  /** The option type it returns (`client.ImageInspectOption`). */
  readonly type: TypeRef;
  readonly params: readonly string[];
  /** Field path written (Go names) and the parameter whose value it takes. */
  readonly sets: readonly { readonly field: string; readonly from: string }[];
}

/** One generation of the Go client. */
export interface GenerationRow {
  /** Import path of the client package. */
  readonly module: string;
  /** The pinned source id it was read from (sources/manifest.json). */
  readonly source: string;
  readonly commit: string;
  /** The API version a client speaks when nothing pins or negotiates it. */
  readonly defaultVersion: string;
  /** Where that version is defined: `file:line@commit` or the committed fact it comes from. */
  readonly defaultVersionSource: string;
  /**
   * Whether a client negotiates the API version without being asked
   * (`WithAPIVersionNegotiation` does nothing) or only when given that option.
   */
  readonly negotiation: 'default' | 'opt-in';
  /** Import path prefix of the module's API type packages (`github.com/docker/docker/api/types/`). */
  readonly typesImport: string;
  readonly methods: Readonly<Record<string, MethodRow>>;
  /** Functional options of the client package, by function name. */
  readonly options: Readonly<Record<string, OptionRow>>;
  /** Struct types reachable from request bodies: Go field name → JSON key and type. */
  readonly types: Readonly<Record<TypeRef, Readonly<Record<string, FieldRow>>>>;
  /** Typed string constants: `container.CgroupnsModePrivate` → `private`. */
  readonly constants: Readonly<Record<string, string>>;
}

export interface GoSdkTable {
  readonly generated: string;
  readonly format: 1;
  /** By generation id: `v24.0.9`, `v28.5.2`, `main`. */
  readonly generations: Readonly<Record<string, GenerationRow>>;
}
