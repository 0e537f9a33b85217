/**
 * Running conversions: in the main thread or on worker threads (`--jobs N`), with the outcomes
 * handed back strictly in input order through a bounded reorder buffer, so that output streams,
 * is the same for any number of jobs, and memory does not grow with the number of files.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { convertInput, timeoutReason, WORKER_READY, type ConvertSettings, type ConvertTask, type Outcome } from './convert.js';
import { reasonOf } from './report.js';

export interface Runner {
  /** Threads that parse: 0 when the main thread does. */
  readonly threads: number;
  run(task: ConvertTask): Promise<Outcome>;
  /** Stops every worker at once, tasks under way included. */
  close(): Promise<void>;
}

/**
 * The main thread parses, one task after the other. Closing waits for the tasks under way, so that
 * what they write (a staged output) is there before the batch sweeps what it did not commit, and
 * refuses tasks started after it (stdin that arrives after an interrupt).
 */
function inProcessRunner(settings: ConvertSettings): Runner {
  const running = new Set<Promise<Outcome>>();
  let closed = false;
  return {
    threads: 0,
    run(task) {
      if (closed) return Promise.resolve({ index: task.index, ok: false, reason: 'stopped' });
      const outcome = convertInput(task, settings);
      running.add(outcome);
      void outcome.then(() => running.delete(outcome));
      return outcome;
    },
    async close() {
      closed = true;
      await Promise.all(running);
    },
  };
}

interface Pending {
  task: ConvertTask;
  resolve: (o: Outcome) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the library: its clock runs from here, not from its start-up. */
  ready: boolean;
  /** Tasks sent to the worker, oldest first: it parses them one after the other, in this order. */
  sent: Pending[];
  /** Stops the worker when its oldest task runs far over `--timeout`. */
  timer: NodeJS.Timeout | null;
  /** Stops the worker when it has not loaded the library in time. */
  startTimer: NodeJS.Timeout | null;
}

/**
 * Tasks sent ahead to each worker: with one, a worker waits for the main thread between two files;
 * with two, the next file is already there when it finishes one.
 */
const SENT_AHEAD = 2;

/**
 * The heap of each worker, in MB. V8 sizes a heap by its limit: left at the default (a quarter of
 * the machine's memory), two workers grow to ~280 MB of RSS on 2,000 documents where they need
 * ~35 MB each. The young generation stays at 16 MB: 8 MB saved 7–12 MB of RSS but cost ~17% of the
 * time of a 2-job run over 10,000 documents (49–51 s against 58–61 s, alternated), in scavenges of
 * what a parse allocates (~1.5 MB per document, most of it short-lived).
 * Replacing workers after a thousand documents saved nothing and cost 30% more time: each fresh
 * isolate compiles its patterns and code again.
 * A document too big for them is parsed again by the main thread, whose heap has the default
 * limit, so the output never depends on the number of jobs.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

/**
 * How long a worker may take over one task before it is stopped: the parse gives up by itself at
 * `--timeout` between two stages or two items; this catches what it cannot interrupt (one huge
 * paragraph, a pattern that runs away), with room for a collection or a slow disk. The clock
 * starts when the worker is ready (`WORKER_READY`), not when it starts.
 * @example hardStopMs(120000) → 181000
 */
function hardStopMs(timeoutMs: number): number {
  return timeoutMs * 1.5 + 1000;
}

/** setTimeout fires at once for a delay over 2^31 − 1 ms (24.8 days): such a budget is none. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The least time a worker has to load the library, whatever `--timeout`: a cold worker on a busy
 * machine takes a second or two, and its start-up must not fail a good file; one that has not
 * loaded after this is stuck (a hung disk, a broken install), and its first task fails rather than
 * the batch waiting for ever.
 */
const START_FLOOR_MS = 60_000;

/**
 * `threads` workers, each sent up to `SENT_AHEAD` tasks at a time from a shared queue. Exported for
 * tests, which pass a script of their own; the CLI goes through `createRunner`.
 */
export function workerRunner(threads: number, settings: ConvertSettings, script: URL, startFloorMs = START_FLOOR_MS): Runner {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  const local = inProcessRunner(settings);
  const stopAfter = settings.timeoutMs ? hardStopMs(settings.timeoutMs) : Infinity;
  // (no `--timeout`, no limit on the start-up either)
  const startWithin = Math.max(stopAfter, startFloorMs);
  let closed = false;

  // The clock of the oldest task: the one the worker is on (the tasks behind it have not begun).
  const startClock = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    // (after close, a message the worker sent before it was stopped must not keep the process alive)
    if (!closed && slot.ready && slot.sent.length && stopAfter <= MAX_TIMER_MS) slot.timer = setTimeout(() => overrun(slot), stopAfter);
  };
  const feed = (slot: Slot) => {
    const idle = slot.sent.length === 0;
    while (slot.sent.length < SENT_AHEAD && queue.length) {
      const next = queue.shift()!;
      slot.sent.push(next);
      slot.worker.postMessage(next.task);
    }
    if (idle) startClock(slot);
  };
  // A retired slot's worker is gone or going: whatever it still sends or does is ignored. The tasks
  // it had not begun go back to the head of the queue, in order, for the other workers.
  const retire = (slot: Slot): { i: number; current: Pending | undefined } => {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.startTimer) clearTimeout(slot.startTimer);
    slot.timer = null;
    const [current, ...waiting] = slot.sent;
    slot.sent = [];
    queue.unshift(...waiting);
    const i = slots.indexOf(slot);
    if (i >= 0) slots[i] = spawn();
    return { i, current };
  };
  const feedAll = () => {
    for (const s of slots) feed(s);
  };
  // A task far over its budget: the worker is stopped and replaced, the task fails with the reason
  // of a parse that gave up by itself. Retired first, so its 'exit' neither fails the task again
  // nor has the main thread parse it once more.
  const overrun = (slot: Slot) => {
    if (closed || !slot.sent.length || slots.indexOf(slot) < 0) return;
    const { current } = retire(slot);
    void slot.worker.terminate();
    current?.resolve({ index: current.task.index, ok: false, reason: timeoutReason(settings.timeoutMs!) });
    feedAll();
  };
  // A worker that has not loaded the library in time: stopped and replaced, the task it holds failed.
  const stuck = (slot: Slot) => {
    if (closed || slot.ready || slots.indexOf(slot) < 0) return;
    const { current } = retire(slot);
    void slot.worker.terminate();
    current?.resolve({ index: current.task.index, ok: false, reason: `worker did not start within ${startWithin / 1000} s` });
    feedAll();
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: settings, resourceLimits: WORKER_LIMITS }), ready: false, sent: [], timer: null, startTimer: null };
    if (startWithin <= MAX_TIMER_MS) slot.startTimer = setTimeout(() => stuck(slot), startWithin);
    slot.worker.on('message', (message: Outcome | typeof WORKER_READY) => {
      if (closed || slots.indexOf(slot) < 0) return;
      if ('ready' in message) {
        slot.ready = true;
        if (slot.startTimer) clearTimeout(slot.startTimer);
        startClock(slot);
        return;
      }
      const outcome = message;
      const done = slot.sent.shift();
      startClock(slot);
      feed(slot);
      done?.resolve(outcome);
    });
    // A worker that dies gives way to a fresh one. The input it was on is parsed again by the main
    // thread when the worker ran out of memory, and fails otherwise (a crash is not retried).
    const lost = (reason: string | null) => {
      if (closed || slots.indexOf(slot) < 0) return;
      const { current } = retire(slot);
      // Sent back rather than staged: the dead worker may have left half of its temporary file.
      if (current && reason === null) void local.run({ ...current.task, stagePath: undefined }).then(current.resolve);
      else current?.resolve({ index: current.task.index, ok: false, reason: reason ?? 'worker stopped' });
      feedAll();
    };
    slot.worker.on('error', (err: NodeJS.ErrnoException) => lost(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? null : `worker failed: ${reasonOf(err)}`));
    slot.worker.on('exit', (code) => lost(`worker stopped with code ${code}`));
    return slot;
  };
  for (let i = 0; i < threads; i++) slots.push(spawn());

  return {
    threads,
    run(task) {
      // stdin was read by the main thread; its bytes are not worth a copy to another thread.
      if (task.bytes) return local.run(task);
      return new Promise((resolve) => {
        queue.push({ task, resolve });
        // The emptiest worker first, so that both begin before either gets a second task.
        const slot = slots.reduce((a, b) => (b.sent.length < a.sent.length ? b : a));
        if (slot.sent.length < SENT_AHEAD) feed(slot);
      });
    },
    async close() {
      closed = true;
      for (const s of slots) for (const t of [s.timer, s.startTimer]) if (t) clearTimeout(t);
      await Promise.all([...slots.map((s) => s.worker.terminate()), local.close()]);
    },
  };
}

/**
 * The runner for `--jobs`: worker threads when more than one job and more than one file, else the
 * main thread (a worker would only add its own start-up to a one-file run). Workers need the
 * compiled `worker.js`; run from the TypeScript sources (tests), the main thread does the work.
 * @example createRunner(2, settings, 2000).threads → 2
 */
export function createRunner(jobs: number, settings: ConvertSettings, files: number): Runner {
  const threads = Math.min(jobs, files);
  const script = new URL('./worker.js', import.meta.url);
  if (threads <= 1 || script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return inProcessRunner(settings);
  return workerRunner(threads, settings, script);
}

export type BatchEnd = 'done' | 'stopped' | 'interrupted';

export interface OrderedRun {
  count: number;
  /** Starts task `i`; called in order, at most `window` tasks ahead of the one being handled. */
  start(i: number): Promise<Outcome>;
  window: number;
  /** Takes outcomes in input order; returns false to stop the batch. */
  handle(outcome: Outcome): Promise<boolean>;
  /** An outcome after which nothing need start (`--fail-fast`: a failure stops the batch there). */
  last?(outcome: Outcome): boolean;
  /** Resolves when the batch must stop now (SIGINT). */
  interrupted: Promise<void>;
  isInterrupted(): boolean;
}

/**
 * Runs tasks with a bounded look-ahead and hands their outcomes over in input order.
 * @example await runInOrder({ count: 3, start, window: 8, handle, interrupted, isInterrupted }) → 'done'
 */
export async function runInOrder(run: OrderedRun): Promise<BatchEnd> {
  const pending = new Map<number, Promise<Outcome>>();
  // Not Promise.race against the interrupt: each race would leave a reaction on that promise,
  // which holds every outcome (and its output text) until the end of the batch.
  let wake: ((o: null) => void) | null = null;
  void run.interrupted.then(() => wake?.(null));
  let next = 0;
  let limit = run.count;
  for (let i = 0; i < limit; i++) {
    while (next < limit && next - i < run.window) {
      const index = next++;
      pending.set(
        index,
        run.start(index).then((outcome) => {
          if (run.last?.(outcome)) limit = Math.min(limit, index + 1);
          return outcome;
        }),
      );
    }
    if (run.isInterrupted()) return 'interrupted';
    const outcome = await new Promise<Outcome | null>((resolve) => {
      wake = resolve;
      void pending.get(i)!.then(resolve);
    });
    wake = null;
    if (outcome === null || run.isInterrupted()) return 'interrupted';
    pending.delete(i);
    if (!(await run.handle(outcome))) return 'stopped';
  }
  return run.isInterrupted() ? 'interrupted' : 'done';
}
