import type { CodeUsage } from '../../impact/code-usage.ts';
import { collectCode } from '../../impact/collect.ts';
import { computeNeeds, daemonVerdict, type Unserved } from '../../impact/needs.ts';
import { mergeSettings } from '../../lint/ci/settings.ts';
import { needsJson } from '../../report/impact/needs-json.ts';
import { needsText } from '../../report/impact/needs-text.ts';
import { noticeLines } from '../../report/scan-notices.ts';
import { resolveTarget } from '../../targets/resolve-target.ts';
import type { ResolvedTarget } from '../../targets/target.ts';
import { cacheOf } from '../options/cache.ts';
import { loadConfigOf } from '../options/config.ts';
import { daemonTarget } from '../options/daemon.ts';
import { requireScanned } from '../options/scan.ts';
import { say } from '../say.ts';
import type { NeedsArgs } from './needs.ts';

function podmanTarget(podman: readonly string[] | undefined): ResolvedTarget | undefined {
  return podman && podman.length > 0 ? resolveTarget({ podman }) : undefined;
}

/** Requests for operations an engine of the target (Podman) does not serve. */
function notServedUsages(usages: readonly CodeUsage[], target: ResolvedTarget): Unserved[] {
  const engines = target.engines ?? [];
  return usages
    .filter(
      (usage) =>
        usage.kind === 'request' &&
        usage.candidates.length > 0 &&
        engines.some((engine) => {
          const table = usage.pin === undefined ? engine.notServedUnversioned : engine.notServed;
          return usage.candidates.every((candidate) => table.has(candidate.operation.key));
        }),
    )
    .map(({ file, line, element }) => ({ file, line, element }));
}

/** The needs command's work, loaded only when it runs. Exit 1 when a `--daemon` does not serve the code. */
export async function runNeeds(args: NeedsArgs): Promise<number> {
  const cwd = process.cwd();
  const settings = mergeSettings(args, await loadConfigOf(args, cwd), cwd);
  const target = (await daemonTarget(args)) ?? podmanTarget(args.podman);
  const code = await collectCode({
    cwd,
    paths: settings.paths,
    exclude: settings.exclude,
    ...(settings.maxFileSize !== undefined && { maxFileBytes: settings.maxFileSize }),
    gitignore: args.gitignore,
    ...(args.followLinks && { followLinks: true }),
    ...(args.excludeDir !== undefined && { excludeDirs: args.excludeDir }),
    roles: settings.roles,
    ...cacheOf(args),
  });
  requireScanned(settings.paths, code.notices, cwd);
  for (const line of noticeLines(code.notices)) say(line);
  let report = computeNeeds(code.usages, args.role ?? ['source']);
  if (target) {
    // Podman refuses no version prefix and serves each alike: only its ceiling and its routes count.
    const ignoresPins = target.versionPrefixHonoured === false;
    const minApi = target.minApi ?? target.pinWindow?.low ?? '1.0';
    const usages = ignoresPins ? code.usages.map(({ pin: _pin, ...usage }) => usage) : code.usages;
    const verdict = daemonVerdict(usages, { from: target.from, maxApi: target.api, minApi });
    const notServed = notServedUsages(code.usages, target);
    report = {
      ...report,
      daemon: {
        ...verdict,
        serves: verdict.serves && notServed.length === 0,
        unserved: [...verdict.unserved, ...notServed],
      },
    };
  }
  process.stdout.write(args.json ? needsJson(report) : needsText(report));
  return report.daemon && !report.daemon.serves ? 1 : 0;
}
