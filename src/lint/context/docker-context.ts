import type { ContextSignals } from '../extractors/types.ts';
import { type LineStartPattern, lineStartSearch, matchesAtLineStart } from '../text/line-start.ts';
import { LiteralSet } from '../text/literal-set.ts';
import type { Usage } from '../usage.ts';
import { isDistinctiveEnginePath, matchEnginePath } from './engine-paths.ts';

const SIGNAL_ANCHORS = ['docker', 'Docker', 'DOCKER'];

/**
 * Docker context: evidence in a file that its requests go to a Docker daemon.
 * A request path written without a version prefix or Docker endpoint in
 * front (`'/info'`, `` `${base}/containers/json` ``) is reported only when
 * the file has Docker context, because such paths also name routes of
 * unrelated REST services. A file has Docker context when it has:
 *
 * 1. a usage that is anchored itself: a `/v1.NN/` prefix, a Docker endpoint
 *    before the path, an SDK call, a pin;
 * 2. a Docker signal anywhere in the text: the literals and patterns the
 *    registered extractors declare for their ecosystems (`docker.sock`, an
 *    SDK's import path, `DOCKER_API_VERSION`…);
 * 3. two or more distinct Engine-specific paths, ones with a literal segment
 *    after the first (`/containers/json`, `/images/{}/push`, `/swarm/init`);
 *    `/info`, `/version` or `/containers/{}` alone never count;
 * 4. a sibling file of the same package with a Docker signal that defines
 *    the function the requests are passed to (./sibling-context.ts).
 */
export class DockerContext {
  readonly #literals: LiteralSet;
  readonly #patterns: readonly RegExp[];
  readonly #lineStarts: readonly LineStartPattern[];

  constructor(signals: readonly ContextSignals[]) {
    // Most signal literals name docker: searched once for each spelling, compared in place at each hit.
    this.#literals = new LiteralSet(
      signals.flatMap((signal) => signal.literals ?? []),
      SIGNAL_ANCHORS,
    );
    this.#patterns = signals.flatMap((signal) => signal.patterns ?? []);
    this.#lineStarts = signals.flatMap((signal) => signal.lineStarts ?? []).map(lineStartSearch);
  }

  hasSignal(text: string): boolean {
    return (
      this.#literals.test(text) ||
      this.#patterns.some((pattern) => {
        pattern.lastIndex = 0;
        return pattern.test(text);
      }) ||
      this.#lineStarts.some((pattern) => matchesAtLineStart(text, pattern))
    );
  }

  hasContext(text: string, usages: readonly Usage[]): boolean {
    if (usages.some((usage) => usage.kind === 'pin' || usage.anchored)) return true;
    if (this.hasSignal(text)) return true;
    const distinctive = new Set<string>();
    for (const usage of usages) {
      if (usage.kind !== 'request') continue;
      const template = matchEnginePath(usage.path);
      if (template && isDistinctiveEnginePath(template)) distinctive.add(template);
    }
    return distinctive.size >= 2;
  }

  /** Drops unanchored requests from files without Docker context. */
  apply(text: string, usages: readonly Usage[], siblingContext?: () => boolean): Usage[] {
    if (usages.every((usage) => usage.kind === 'pin' || usage.anchored)) return [...usages];
    if (this.hasContext(text, usages) || siblingContext?.()) return [...usages];
    return usages.filter((usage) => usage.kind === 'pin' || usage.anchored);
  }
}
