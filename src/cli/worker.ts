/**
 * A worker thread of `--jobs N`: receives conversion tasks, answers with their outcomes. The
 * settings come once, as `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertInput, type ConvertSettings, type ConvertTask } from './convert.js';

const settings = workerData as ConvertSettings;
const port = parentPort;
if (port) {
  port.on('message', (task: ConvertTask) => {
    void convertInput(task, settings).then((outcome) => port.postMessage(outcome));
  });
}
