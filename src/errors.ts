/**
 * Two kinds of error reach the user. A `UsageError` is something the user
 * can fix by calling the command differently (exit 2); a `Failure` means the
 * command ran and the answer is "no" or the work could not be done (exit 1).
 * Both carry a message that is already in the user's language, so the top
 * level prints it as one line with no stack trace. Anything else is a bug.
 */
export class UsageError extends Error {
  readonly exitCode = 2;

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export class Failure extends Error {
  readonly exitCode = 1;

  constructor(message: string) {
    super(message);
    this.name = 'Failure';
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;
