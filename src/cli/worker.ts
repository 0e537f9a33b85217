/**
 * A worker thread of `--jobs N`: receives conversion tasks, answers with their outcomes, one task
 * after the other and in the order sent (the main thread sends the next before this one is done).
 * The settings come once, as `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertInput, type ConvertSettings, type ConvertTask } from './convert.js';

const settings = workerData as ConvertSettings;
const port = parentPort;
if (port) {
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (task: ConvertTask) => {
    previous = previous.then(() => convertInput(task, settings)).then((outcome) => port.postMessage(outcome));
  });
}
