/**
 * Property tests over the whole pipeline: whatever the input, `parse()` returns a result that
 * passes the schema, the span invariant, unique ids, coverage and determinism. The one exception
 * is bytes that are no text at all: they throw a `DirectivesError`, never anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DirectivesError, parse, parseWithText } from '../../src/index.js';
import { emitJson } from '../../src/emit/json.js';
import { coverageProblems, invariantProblems } from '../helpers/coverage.js';
import { anyBytes, anyText, anyUnits, documentText, fuzzParams } from './arbitraries.js';

/** Every check on one output; the problems, empty when none. */
function problems(result: ReturnType<typeof parse>, text: string): string[] {
  return [...invariantProblems(result, text), ...coverageProblems(result, text)];
}

describe('parse() on any text', () => {
  it('should return a valid, fully covered result for any string', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { result, text } = parseWithText(input);
        expect(problems(result, text)).toEqual([]);
      }),
      fuzzParams(250),
    );
  });

  it('should give the same bytes twice for the same input', () => {
    fc.assert(
      fc.property(documentText, (input) => {
        expect(emitJson(parse(input))).toBe(emitJson(parse(input)));
      }),
      fuzzParams(60),
    );
  });

  it('should read a string and its UTF-8 bytes alike', () => {
    fc.assert(
      fc.property(documentText, (input) => {
        expect(parse(new TextEncoder().encode(input))).toEqual(parse(input));
      }),
      fuzzParams(60),
    );
  });

  it('should survive lone surrogates, NUL and control characters in a string', () => {
    fc.assert(
      fc.property(anyUnits, documentText, (noise, doc) => {
        const { result, text } = parseWithText(doc + noise + doc);
        expect(problems(result, text)).toEqual([]);
      }),
      fuzzParams(60),
    );
  });
});

describe('parse() on any bytes', () => {
  it('should return a valid result or throw a DirectivesError, never anything else', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        let out: ReturnType<typeof parseWithText>;
        try {
          out = parseWithText(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(DirectivesError);
          return;
        }
        expect(problems(out.result, out.text)).toEqual([]);
      }),
      fuzzParams(200),
    );
  });
});
