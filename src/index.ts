/**
 * docker-api-compat's library API. Everything here loads lazily: importing the
 * package reads no data until a function needs it.
 */

export type { Baseline, BaselineEntry } from './baseline/index.ts';
export {
  applyBaseline,
  createBaseline,
  pruneBaseline,
  readBaseline,
  writeBaseline,
} from './baseline/index.ts';
export type { ConfigFile, ConfigSettings, LoadConfigOptions, LoadedConfig } from './config/index.ts';
export type { DaemonProbe } from './daemon/index.ts';

import type { LoadConfigOptions, LoadedConfig } from './config/index.ts';
import type { probeDaemon as ProbeDaemonFn } from './daemon/index.ts';
import type { CollectOptions, ImpactReport, NeedsReport } from './impact/index.ts';
import type { ImpactReportOptions } from './impact/run.ts';
import type { LintOptions, LintResult } from './lint/run.ts';

type ProbeDaemon = typeof ProbeDaemonFn;

export type {
  BehaviourFact,
  EffectiveSpan,
  ElementFacts,
  ElementIn,
  FactKind,
  Span,
} from './data/element-types.ts';
export {
  changesBetween,
  dataVersions,
  documentedFacts,
  effectiveSince,
  effectiveSpans,
  getElement,
  getElementChanges,
  listElements,
  resolveRequest,
  suggestKeys,
} from './data/index.ts';
export { podmanReleases } from './engines/podman/releases.ts';
export type { PodmanRelease } from './engines/podman/types.ts';
export { isUsageError, UsageError } from './errors.ts';
export type { CodeItem, CollectOptions, ImpactReport, NeedsReport, Reason } from './impact/index.ts';
export type { ImpactReportOptions, SideInput } from './impact/run.ts';
export type { Finding, FindingArgs, RuleId, Severity } from './lint/finding.ts';
export { RULES } from './lint/rules/definitions.ts';
export type { LintOptions, LintResult } from './lint/run.ts';
export type { EngineTarget, NotServed } from './lint/target.ts';
export type { Usage } from './lint/usage.ts';
export type { ApiLookup, DockerLookup, DockerRelease, ReleaseRun } from './matrix/index.ts';
export {
  finalReleases,
  latestApi,
  latestRelease,
  releases,
  releasesServing,
  resolveDocker,
} from './matrix/index.ts';
export { applySuppressions, findDirectives } from './suppress/index.ts';
export { targetFromDaemon } from './targets/from-daemon.ts';
export type { ApiWindow, Target, TargetOptions } from './targets/index.ts';
export { resolveTarget } from './targets/index.ts';
export type { ApiVersion } from './versions/api-version.ts';
export { compareApiVersions, formatApiVersion, parseApiVersion } from './versions/api-version.ts';

// The scanner, the config loader (schema validator) and the daemon client pull
// in dependencies that cost more to load than all the data: they load on
// first call, so importing the package stays cheap.

export async function lint(options: LintOptions): Promise<LintResult> {
  return (await import('./lint/run.ts')).lint(options);
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  return (await import('./config/index.ts')).loadConfig(options);
}

export async function probeDaemon(...args: Parameters<ProbeDaemon>): ReturnType<ProbeDaemon> {
  return (await import('./daemon/index.ts')).probeDaemon(...args);
}

/** The lowest API version code runs on, why, and the Docker releases that serve it (docs/needs.md). */
export async function needs(options: CollectOptions): Promise<NeedsReport> {
  return (await import('./impact/run.ts')).needs(options);
}

/** What moving between two API versions or Docker releases changes (docs/report.md). */
export async function impactReport(options: ImpactReportOptions): Promise<ImpactReport> {
  return (await import('./impact/run.ts')).impactReport(options);
}
