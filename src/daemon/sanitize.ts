// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these patterns exist to find control characters
/**
 * Text a daemon sends (its version, OS, error messages) reaches terminals,
 * CI logs and reports. A hostile or broken daemon must not be able to move
 * the cursor, recolour the terminal, hide text with bidi controls, or start
 * a GitHub workflow command (`::error::`, `::add-mask::`). Every string from
 * a daemon passes through here before anything else sees it.
 */
const MAX_LENGTH = 200;

// ESC sequences first (CSI … final byte, OSC … BEL/ST, and two-byte escapes), so their
// parameters go with them; then any control left: C0, DEL, C1, and bidi overrides.
const ESCAPES =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_]?)|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanDaemonText(text: string): string {
  const clean = text
    .replace(ESCAPES, '')
    .replace(CONTROLS, ' ')
    // `::` never occurs in a version or platform name; in a log it can start a workflow command.
    .replaceAll('::', ': :')
    .trim();
  return clean.length > MAX_LENGTH ? `${clean.slice(0, MAX_LENGTH)}…` : clean;
}
