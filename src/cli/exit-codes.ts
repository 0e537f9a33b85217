/**
 * Exit codes, as a pure function of what happened.
 */
export const EXIT_OK = 0;
/** At least one input failed; the others were written. */
export const EXIT_INPUT_FAILED = 1;
/** Usage or configuration error: bad option, no input given or matched. */
export const EXIT_USAGE = 2;

/** @example exitCodeFor({ failed: 1, usageError: false }) → 1 */
export function exitCodeFor(outcome: { failed: number; usageError: boolean }): number {
  if (outcome.usageError) return EXIT_USAGE;
  return outcome.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
