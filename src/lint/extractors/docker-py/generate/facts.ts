import type { Parameters } from '../syntax.ts';
import type { CallValue, Value } from './value.ts';

/** The HTTP helpers of APIClient (and of requests.Session it extends) by the method they send. */
export const HTTP_HELPERS: Readonly<Record<string, string>> = {
  'self._get': 'GET',
  'self._post': 'POST',
  'self._post_json': 'POST',
  'self._put': 'PUT',
  'self._delete': 'DELETE',
  'self._head': 'HEAD',
  'self.get': 'GET',
  'self.post': 'POST',
  'self.put': 'PUT',
  'self.delete': 'DELETE',
  'self.head': 'HEAD',
};

/** One HTTP call in a function, its arguments as values. */
export interface HttpCall {
  readonly method: string;
  readonly url: string | undefined;
  readonly line: number;
  readonly query: Value | undefined;
  readonly body: Value | undefined;
  /** True when the body is sent as JSON (`_post_json`, `json=`): a dict passed whole is the body. */
  readonly json: boolean;
  readonly headers: Value | undefined;
  readonly fallback: boolean;
}

/** A version comparison in a function, with the keywords whose presence decides it. */
export interface RawGate {
  readonly version: string;
  /** `min`: rejected below the version; `max`: rejected at or above it; `branch`: behaviour differs. */
  readonly kind: 'min' | 'max' | 'branch';
  readonly origins: Set<string>;
  readonly line: number;
}

export interface FunctionFacts {
  readonly name: string;
  readonly line: number;
  readonly params: Parameters;
  readonly result: Value;
  readonly http: HttpCall[];
  readonly calls: CallValue[];
  readonly gates: RawGate[];
}

/** What a function body may refer to outside itself. */
export interface ModuleScope {
  /** Module-level lists of strings by name (`RUN_CREATE_KWARGS`). */
  readonly lists: ReadonlyMap<string, readonly string[]>;
  /** The registry key of a docker-py function a dotted callee names, or undefined. */
  resolve(callee: string): string | undefined;
  /** The registry key of method `method` on what a call to `key` returns (`container.start()`). */
  methodOn(key: string, method: string): string | undefined;
}

export const VERSION_LT = new Set(['version_lt', 'utils.version_lt', 'utils.utils.version_lt']);
export const VERSION_GTE = new Set(['version_gte', 'utils.version_gte', 'utils.utils.version_gte']);
