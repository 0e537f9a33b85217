/**
 * Exit codes, as a pure function of what happened.
 */
export const EXIT_OK = 0;
/** At least one input failed; the others were written. */
export const EXIT_INPUT_FAILED = 1;
/** Usage or configuration error: bad option, no input given or matched. */
export const EXIT_USAGE = 2;
/** Stopped by SIGINT (128 + 2, as a shell reports it); SIGTERM gives 143. */
export const EXIT_INTERRUPTED = 130;

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;
export type StopSignal = keyof typeof SIGNAL_NUMBERS;

/** @example exitCodeFor({ failed: 1, usageError: false }) → 1 */
export function exitCodeFor(outcome: { failed: number; usageError: boolean; signal?: StopSignal | null }): number {
  if (outcome.usageError) return EXIT_USAGE;
  if (outcome.signal) return 128 + SIGNAL_NUMBERS[outcome.signal];
  return outcome.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
