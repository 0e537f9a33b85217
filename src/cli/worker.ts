/**
 * A worker thread of `--jobs N`: receives conversion tasks, answers with their outcomes, one task
 * after the other and in the order sent (the main thread sends the next before this one is done).
 * The settings come once, as `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertInput, loadLibrary, WORKER_READY, type ConvertSettings, type ConvertTask } from './convert.js';

const settings = workerData as ConvertSettings;
const port = parentPort;
if (port) {
  // The library first, then the word that the clock of `--timeout` may start. A library that
  // fails to load is reported by each task, through convertInput.
  let previous: Promise<void> = loadLibrary(settings)
    .catch(() => undefined)
    .then(() => port.postMessage(WORKER_READY));
  port.on('message', (task: ConvertTask) => {
    previous = previous.then(() => convertInput(task, settings)).then((outcome) => port.postMessage(outcome));
  });
}
