/** A line for the user on stderr, named after the program so it stands out in CI logs. */
export function say(line: string): void {
  process.stderr.write(`docker-api-compat: ${line}\n`);
}
