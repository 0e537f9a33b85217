import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode/decode.js';
import { detectEncoding } from '../../src/decode/detect-encoding.js';
import { repairMojibake } from '../../src/decode/repair-mojibake.js';
import { encodeTcvn3 } from '../../src/decode/legacy/tcvn3.js';
import { encodeVni } from '../../src/decode/legacy/vni.js';
import { decodeCp1252 } from '../../src/decode/legacy/cp1252.js';
import { parse } from '../../src/index.js';
import { utf16be, windows1258 } from '../helpers/variants.js';

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


const BODY = 'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hoàn thành trước ngày 15/8/2024.\nỦy ban nhân dân các huyện báo cáo kết quả thực hiện về Văn phòng.';

describe('legacy encodings, detected', () => {
  it('should detect TCVN3, VNI and Windows-1258 and decode them', () => {
    for (const [bytes, encoding] of [[encodeTcvn3(BODY), 'tcvn3'], [encodeVni(BODY), 'vni'], [windows1258(BODY), 'windows-1258']] as const) {
      const d = decodeBytes(bytes);
      expect(d.encoding).toBe(encoding);
      expect(d.guessed).toBe(true);
      expect(d.text.normalize('NFC')).toBe(BODY);
    }
  });

  it('should decode a forced encoding without guessing', () => {
    expect(decodeBytes(encodeVni('Việt Nam'), 'vni')).toMatchObject({ text: 'Việt Nam', encoding: 'vni', guessed: false });
  });

  it('should read UTF-16BE without a BOM when the NULs show it', () => {
    expect(decodeBytes(utf16be('Số: 45/KL-SKHCN ngày 23 tháng 7', false))).toMatchObject({ encoding: 'utf-16be', text: 'Số: 45/KL-SKHCN ngày 23 tháng 7' });
  });
});

describe('repairMojibake', () => {
  const pasted = (s: string, enc: (t: string) => Uint8Array) => decodeCp1252(enc(s));

  it('should repair a TCVN3 body under a Unicode header, and list the lines', () => {
    const text = `KẾT LUẬN\n${pasted(BODY, encodeTcvn3)}`;
    const r = repairMojibake(text);
    expect(r.text).toBe(`KẾT LUẬN\n${BODY}`);
    expect(r.repairs).toContainEqual({ kind: 'tcvn3', firstLine: 1, lastLine: 2 });
  });

  it('should repair a VNI paragraph', () => {
    const r = repairMojibake(`Tiếng Việt\n${pasted(BODY, encodeVni)}`);
    expect(r.text).toBe(`Tiếng Việt\n${BODY}`);
    expect(r.repairs).toEqual([{ kind: 'vni', firstLine: 1, lastLine: 2 }]);
  });

  it('should leave clean Unicode with Latin-1 words as it is', () => {
    for (const clean of ['Hội nghị tại quán café Paris với ông François Müller.', 'Kích thước 5 µm, nhiệt độ 25 °C ± 2.', 'THÔNG BÁO\nphòng họp số 2', 'Zürich Straße Ødegaard', BODY]) {
      expect(repairMojibake(clean)).toEqual({ text: clean, repairs: [] });
    }
  });

  it('should warn with the repaired lines in the result', () => {
    const result = parse(`KẾT LUẬN\n${pasted(BODY, encodeVni)}`);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'ENCODING_REPAIRED', line: 2 }));
  });
});
