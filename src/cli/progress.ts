/**
 * A one-line progress display on a terminal's stderr: files done / total, rate, time left. It
 * redraws in place at most ten times a second and steps aside for error lines.
 */

export interface Progress {
  /** `done` files of the total are finished. */
  update(done: number): void;
  /** Wipes the line, before another message is written. */
  clear(): void;
}

const SILENT: Progress = { update: () => undefined, clear: () => undefined };

/**
 * `m:ss`, or `h:mm:ss` past an hour.
 * @example formatDuration(3725) → '1:02:05'
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The progress line, or a silent stand-in when stderr is not a terminal or `--quiet` was given.
 * @example createProgress(process.stderr, 2000, true).update(120) → "directives: 120/2000 files · 45.3 files/s · 0:41 left"
 */
export function createProgress(stream: NodeJS.WritableStream, total: number, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled || total === 0) return SILENT;
  const started = now();
  let shown = false;
  let lastDraw = 0;
  return {
    update(done) {
      const t = now();
      if (done < total && t - lastDraw < 100) return;
      lastDraw = t;
      const seconds = (t - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? ` · ${formatDuration((total - done) / rate)} left` : '';
      stream.write(`\r\x1b[Kdirectives: ${done}/${total} files · ${rate.toFixed(1)} files/s${left}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
