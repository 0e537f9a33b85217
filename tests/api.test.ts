/**
 * The public surface of the library, pinned.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('library API', () => {
  it('should export exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['DirectivesError', 'SCHEMA_VERSION', 'normalize', 'outputJsonSchema', 'parse', 'parseWithText', 'resultSchema']);
  });

  it('should parse a string and bytes alike', () => {
    const text = 'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hoàn thành trước ngày 15/8/2024.';
    expect(api.parse(text)).toEqual(api.parse(new TextEncoder().encode(text)));
  });

  it('should refuse what is neither bytes nor a string', () => {
    expect(() => api.parse(42 as unknown as string)).toThrow(/expected bytes or string/);
  });

  it('should normalize to NFC with \\n line endings', () => {
    expect(api.normalize('Ke\u0301t\r\nlua\u0323n')).toBe('Két\nluạn');
  });
});
