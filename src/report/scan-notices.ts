import type { FileNotice } from '../lint/files/types.ts';

/** What the scan skipped, said once per file; binary files only as a count. */
export function noticeLines(notices: readonly FileNotice[]): string[] {
  const lines: string[] = [];
  let binary = 0;
  for (const notice of notices) {
    if (notice.kind === 'skipped' && notice.reason === 'binary') binary++;
    else if (notice.kind === 'skipped' && notice.hardLimit !== undefined)
      lines.push(
        `skipped ${notice.file}: ${notice.size} bytes, more than the ${notice.hardLimit} a file can have to be read as text`,
      );
    else if (notice.kind === 'skipped') lines.push(`skipped ${notice.file}: larger than the size limit`);
    else if (notice.kind === 'unreadable') lines.push(`warning: cannot read ${notice.file} (${notice.code})`);
    else if (notice.kind === 'special')
      lines.push(`skipped ${notice.file}: a ${notice.what}, not a regular file`);
    else if (notice.kind === 'link-outside')
      lines.push(
        `skipped ${notice.file}: symbolic link to ${notice.target}, outside the scanned folders (--follow-links to follow)`,
      );
    else lines.push(`skipped ${notice.file}: symbolic link loop`);
  }
  if (binary > 0) lines.push(`skipped ${binary} binary ${binary === 1 ? 'file' : 'files'}`);
  return lines;
}
