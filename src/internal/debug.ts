/**
 * Internal consistency checks for the algorithms. Off in production; the test setup
 * switches them on so every solver run in the test suite also checks its own invariants.
 */
export const debugChecks = { enabled: false };

/** Throws when a broken invariant is detected while debug checks are enabled. */
export function invariant(condition: boolean, message: () => string): void {
  if (debugChecks.enabled && !condition) throw new Error(`peermatch invariant broken: ${message()}`);
}
