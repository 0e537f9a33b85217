/**
 * `directives schema`: the JSON Schema of the output, generated from the zod schema.
 */
import { outputJsonSchema } from '../../schema.js';
import type { CliIo } from '../io.js';
import { writeChunk } from '../output.js';
import { EXIT_INPUT_FAILED, EXIT_OK } from '../exit-codes.js';
import { createReporter, colourEnabled, reasonOf } from '../report.js';

/**
 * Prints the JSON Schema of the output.
 * @example await runSchema(process) → 0
 */
export async function runSchema(io: CliIo): Promise<number> {
  try {
    await writeChunk(io.stdout, JSON.stringify(outputJsonSchema(), null, 2) + '\n');
  } catch (err) {
    createReporter(io, colourEnabled(io, false)).fail('stdout', reasonOf(err));
    return EXIT_INPUT_FAILED;
  }
  return EXIT_OK;
}
