import type { NeedsReport } from '../../impact/needs.ts';

/**
 * `needs --json`: exactly `{api, docker: {oldest, newest}, because: [{file,
 * line, element, requires}]}`, plus `daemon` when `--daemon` was given, the
 * roles answered for and what the other roles need `apart`.
 */
export function needsJson(report: NeedsReport): string {
  const out = {
    api: report.api,
    docker: { oldest: report.docker.oldest, newest: report.docker.newest },
    because: report.because.map(({ file, line, element, requires }) => ({ file, line, element, requires })),
    ...(report.daemon && { daemon: report.daemon }),
    roles: report.roles,
    apart: report.apart,
  };
  return `${JSON.stringify(out)}\n`;
}
