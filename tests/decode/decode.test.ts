import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode/decode.js';
import { detectEncoding } from '../../src/decode/detect-encoding.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Buffer.from(s, 'utf16le');

describe('decodeBytes', () => {
  it('should read UTF-8 with and without a BOM alike', () => {
    expect(decodeBytes(utf8('Kết luận')).text).toBe('Kết luận');
    const withBom = decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Kết luận')));
    expect(withBom.text).toBe('Kết luận');
    expect(withBom.encoding).toBe('utf-8');
  });

  it('should read UTF-16LE with a BOM, and without one when NULs show the pattern', () => {
    expect(decodeBytes(Uint8Array.of(0xff, 0xfe, ...utf16le('Số: 45/KL-SKHCN'))).text).toBe('Số: 45/KL-SKHCN');
    const noBom = decodeBytes(utf16le('Số: 45/KL-SKHCN ngày 23 tháng 7'));
    expect(noBom.encoding).toBe('utf-16le');
    expect(noBom.text).toBe('Số: 45/KL-SKHCN ngày 23 tháng 7');
  });

  it('should read UTF-16BE with a BOM', () => {
    const be = Buffer.from(utf16le('Chỉ thị')).swap16();
    expect(decodeBytes(Uint8Array.of(0xfe, 0xff, ...be)).text).toBe('Chỉ thị');
  });

  it('should refuse binary input with a clear reason', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 5);
    expect(() => decodeBytes(png)).toThrow('binary file, not text');
  });

  it('should keep a truncated UTF-8 file as UTF-8 and count the broken bytes', () => {
    const bytes = utf8('Giao Sở Tài chính chủ trì thực hiện nhiệm vụ trong năm 2024 '.repeat(40) + 'ế');
    const d = decodeBytes(bytes.subarray(0, bytes.length - 1));
    expect(d.encoding).toBe('utf-8');
    expect(d.invalid).toBe(1);
  });

  it('should guess the Vietnamese Windows code page for bytes that are not UTF-8', () => {
    // "Sở Tài chính" in windows-1258: ở is o + combining hook (0xF5 then 0xD2)
    const d = decodeBytes(Uint8Array.of(0x53, 0xf5, 0xd2, 0x20, 0x54, 0xe0, 0x69, 0x20, 0x63, 0x68, 0xed, 0x6e, 0x68));
    expect(d.encoding).toBe('windows-1258');
    expect(d.guessed).toBe(true);
  });

  it('should detect a byte-order mark before anything else', () => {
    expect(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', bomLength: 3, guessed: false });
  });
});
