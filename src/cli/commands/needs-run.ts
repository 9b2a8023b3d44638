import { collectCode } from '../../impact/collect.ts';
import { computeNeeds, daemonVerdict } from '../../impact/needs.ts';
import { mergeSettings } from '../../lint/ci/settings.ts';
import { needsJson } from '../../report/impact/needs-json.ts';
import { needsText } from '../../report/impact/needs-text.ts';
import { noticeLines } from '../../report/scan-notices.ts';
import { loadConfigOf } from '../options/config.ts';
import { daemonTarget } from '../options/daemon.ts';
import { checkScanOptions } from '../options/scan.ts';
import { say } from '../say.ts';
import type { NeedsArgs } from './needs.ts';

/** The needs command's work, loaded only when it runs. Exit 1 when a `--daemon` does not serve the code. */
export async function runNeeds(args: NeedsArgs): Promise<number> {
  const cwd = process.cwd();
  checkScanOptions(args);
  const settings = mergeSettings(args, await loadConfigOf(args, cwd), cwd);
  const target = await daemonTarget(args);
  const code = await collectCode({
    cwd,
    paths: settings.paths,
    exclude: settings.exclude,
    ...(settings.maxFileSize !== undefined && { maxFileBytes: settings.maxFileSize }),
    gitignore: args.gitignore,
    ...(args.excludeDir !== undefined && { excludeDirs: args.excludeDir }),
    roles: settings.roles,
  });
  for (const line of noticeLines(code.notices)) say(line);
  let report = computeNeeds(code.usages, args.role ?? ['source']);
  if (target) {
    const minApi = target.minApi ?? target.pinWindow?.low ?? '1.0';
    report = {
      ...report,
      daemon: daemonVerdict(code.usages, { from: target.from, maxApi: target.api, minApi }),
    };
  }
  process.stdout.write(args.json ? needsJson(report) : needsText(report));
  return report.daemon && !report.daemon.serves ? 1 : 0;
}
