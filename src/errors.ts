/**
 * An error the user can act on: shown as one line without a stack, exit code 2.
 * Everything else that escapes is a bug and is reported as such.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}
