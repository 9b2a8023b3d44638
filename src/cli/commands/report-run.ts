import { UsageError } from '../../errors.ts';
import { buildImpactReport } from '../../impact/build-report.ts';
import { collectCode } from '../../impact/collect.ts';
import { type Side, sideOf, sideOfTarget } from '../../impact/side.ts';
import { outputTarget, writeOutputs } from '../../io/output.ts';
import { mergeSettings } from '../../lint/ci/settings.ts';
import { impactRenderers } from '../../report/impact/index.ts';
import { noticeLines } from '../../report/scan-notices.ts';
import { resolveTarget } from '../../targets/resolve-target.ts';
import { cacheOf } from '../options/cache.ts';
import { loadConfigOf } from '../options/config.ts';
import { daemonTarget } from '../options/daemon.ts';
import { requireScanned } from '../options/scan.ts';
import { say } from '../say.ts';
import type { ReportArgs } from './report.ts';

/** The report command's work, loaded only when it runs. */
export async function runReport(args: ReportArgs): Promise<number> {
  const format = args.format ?? 'markdown';
  const render = impactRenderers.get(format);
  if (!render) {
    throw new UsageError(`unknown format "${format}": use ${[...impactRenderers.keys()].join(', ')}`);
  }
  const cwd = process.cwd();
  // Checked before the scan, so a bad -o fails at once.
  const target = args.output === undefined ? undefined : outputTarget(args.output, cwd);
  // Loaded even for an API-only report, so a broken config or unknown --env is never silently ignored.
  const settings = mergeSettings(args, await loadConfigOf(args, cwd), cwd);
  const to = sideOf(args.to, args.toDocker, 'to');
  const from = await fromSide(args);
  const paths = args.paths ?? [];
  // Without paths the report is about the API only: the config's `include` does not turn code scanning on.
  const code =
    paths.length === 0
      ? undefined
      : await collectCode({
          cwd,
          paths,
          exclude: settings.exclude,
          ...(settings.maxFileSize !== undefined && { maxFileBytes: settings.maxFileSize }),
          gitignore: args.gitignore,
          ...(args.followLinks && { followLinks: true }),
          ...(args.excludeDir !== undefined && { excludeDirs: args.excludeDir }),
          ...cacheOf(args),
        });
  requireScanned(paths, code?.notices ?? [], cwd);
  for (const line of noticeLines(code?.notices ?? [])) say(line);
  const report = buildImpactReport({ from, to, ...(code && { code }), onlyUsed: args.onlyUsed });
  const text = render(report);
  if (target === undefined) process.stdout.write(text);
  else writeOutputs([{ target, text }]);
  return 0;
}

async function fromSide(args: ReportArgs): Promise<Side> {
  const podman = args.podman ?? [];
  const target = (await daemonTarget(args)) ?? (podman.length > 0 ? resolveTarget({ podman }) : undefined);
  return target ? sideOfTarget(target) : sideOf(args.from, args.fromDocker, 'from');
}
