/**
 * Every fixture document → its byte-exact CLI output in fixtures/golden. Regenerate on purpose
 * with `npm run test:update` and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { emitJson } from '../src/emit/json.js';
import { emitCsv } from '../src/emit/csv.js';
import { fixtureBytes, fixtureNames, fixturePath } from './helpers/fixtures.js';

describe('golden outputs', () => {
  it.each(fixtureNames())('%s should give its golden JSON and CSV', async (name) => {
    const result = parse(fixtureBytes(name), { path: fixturePath(name) });
    await expect(emitJson(result)).toMatchFileSnapshot(`../fixtures/golden/${name}.json`);
    await expect(emitCsv([result])).toMatchFileSnapshot(`../fixtures/golden/${name}.csv`);
  });
});
