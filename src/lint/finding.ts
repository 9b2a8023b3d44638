import type { Attribution, FileRole, GuardCheck, Position } from './usage.ts';

/** Rule ids: stable, kebab-case; each has a page under docs/rules/. */
export type RuleId =
  | 'api-not-served'
  | 'api-too-new'
  | 'api-removed'
  | 'api-deprecated'
  | 'api-version-unsupported'
  | 'api-unversioned'
  | 'unused-suppression'
  | 'invalid-suppression'
  | 'api-guard-obsolete';

export type Severity = 'error' | 'warn' | 'off';

/** Rule-specific facts, for messages and machine consumers. */
export type FindingArgs =
  | {
      readonly rule: 'api-not-served';
      /** The engine that does not serve the operation at any API version: `Podman`. */
      readonly engine: string;
      /** Its release the data says so of (the oldest such in the target): `4.3.1`. */
      readonly version: string;
      /** `refused`: a handler that only refuses; `missing`: no route. */
      readonly answer: 'refused' | 'missing';
      /** The status it answers with (503, 501, 404, 405). */
      readonly status: number;
      /** The first release of the engine in the data that serves it, when one does. */
      readonly servedSince?: string;
    }
  | {
      readonly rule: 'api-too-new';
      /** `pin`: the request's `/v1.NN/` prefix is older than the element; `target`: the target is. */
      readonly against: 'target' | 'pin';
      /** First final Docker release whose maximum API serves the element, if any. */
      readonly firstDocker?: string;
    }
  | { readonly rule: 'api-removed'; readonly removed: string }
  | { readonly rule: 'api-deprecated'; readonly deprecated: string }
  | {
      readonly rule: 'api-version-unsupported';
      readonly pin: string;
      /** `above-max`: the target is older than the pin; `below-min`: the target no longer serves it by default. */
      readonly problem: 'above-max' | 'below-min';
      readonly limit: string;
      /** Set when the version is a library's default, spoken because nothing pins or negotiates. */
      readonly defaultOf?: string;
    }
  | {
      readonly rule: 'api-version-unsupported';
      readonly pin: string;
      /** The fleet's pin window is empty: no pin works on every daemon. */
      readonly problem: 'no-window';
      /** Why the window is empty, naming the two releases that exclude each other. */
      readonly reason: string;
    }
  | { readonly rule: 'api-unversioned' }
  | {
      readonly rule: 'api-guard-obsolete';
      /** The check as written, the version on the left: `>=`, `1.30`. */
      readonly op: GuardCheck['op'];
      readonly bound: string;
      readonly compare: GuardCheck['compare'];
      /** What the check evaluates to on every daemon the target admits. */
      readonly always: boolean;
    }
  | {
      readonly rule: 'unused-suppression';
      readonly kind: 'next-line' | 'file';
      readonly rules: readonly string[];
    }
  | {
      readonly rule: 'invalid-suppression';
      readonly kind: 'next-line' | 'file';
      readonly rules: readonly string[];
      /** `no-reason`: the reason after `:` is missing; `unknown-rule`: it names rules that do not exist. */
      readonly problem: 'no-reason' | 'unknown-rule';
      readonly unknown: readonly string[];
    };

/**
 * One problem at one place. Findings are data: prose is made from them in
 * messages.ts only, so tests compare these fields, never wording.
 */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Exclude<Severity, 'off'>;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Element key (`POST /containers/create body:HostConfig.CgroupnsMode`), or `DOCKER_API_VERSION` for a pin setting. */
  readonly element: string;
  /** The API version the element needs (api-too-new) or the pin needs (api-version-unsupported above max). */
  readonly requires?: string;
  /** The API version checked against: the target's, or the request's pin when that is lower. */
  readonly target: string;
  /** How the target was stated (`--docker 20.10`). */
  readonly targetFrom: string;
  readonly args: FindingArgs;
  /** Where the request holding the element is written (its path or call), when the finding is on an element inside it. */
  readonly request?: Position;
  /** The role of the file (source, test, docs, example, generated). */
  readonly role?: FileRole;
  /** Keys of inner elements this finding stands for (it is their outermost cause). */
  readonly folded?: readonly string[];
  /** The extractor that found the usage. */
  readonly extractor?: string;
  /** The text that names the element when not its own name: the CLI flag (`--gpus`). */
  readonly written?: string;
  /** How the request's operation was attributed. */
  readonly via?: Attribution;
}
