import { UsageError } from '../../errors.ts';
import { buildImpactReport } from '../../impact/build-report.ts';
import { collectCode } from '../../impact/collect.ts';
import { type Side, sideOf, sideOfTarget } from '../../impact/side.ts';
import { writeFileAtomic } from '../../io/write-atomic.ts';
import { mergeSettings } from '../../lint/ci/settings.ts';
import { impactRenderers } from '../../report/impact/index.ts';
import { noticeLines } from '../../report/scan-notices.ts';
import { cacheOf } from '../options/cache.ts';
import { loadConfigOf } from '../options/config.ts';
import { daemonTarget } from '../options/daemon.ts';
import { checkScanOptions } from '../options/scan.ts';
import { say } from '../say.ts';
import type { ReportArgs } from './report.ts';

/** The report command's work, loaded only when it runs. */
export async function runReport(args: ReportArgs): Promise<number> {
  const render = impactRenderers.get(args.format);
  if (!render) {
    throw new UsageError(`unknown format "${args.format}": use ${[...impactRenderers.keys()].join(', ')}`);
  }
  checkScanOptions(args);
  const cwd = process.cwd();
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
          ...(args.excludeDir !== undefined && { excludeDirs: args.excludeDir }),
          ...cacheOf(args),
        });
  for (const line of noticeLines(code?.notices ?? [])) say(line);
  const report = buildImpactReport({ from, to, ...(code && { code }), onlyUsed: args.onlyUsed });
  const text = render(report);
  if (args.output === undefined) process.stdout.write(text);
  else writeFileAtomic(args.output, text);
  return 0;
}

async function fromSide(args: ReportArgs): Promise<Side> {
  const target = await daemonTarget(args);
  return target ? sideOfTarget(target) : sideOf(args.from, args.fromDocker, 'from');
}
