import { describe, expect, it } from 'vitest';
import { decodeTcvn3, encodeTcvn3, repairTcvn3, restoreTcvn3Capitals, TCVN3_TABLE } from '../../src/decode/legacy/tcvn3.js';
import { decodeVni, encodeVni, repairVni } from '../../src/decode/legacy/vni.js';
import { decodeCp1252 } from '../../src/decode/legacy/cp1252.js';
import { createRequire } from 'node:module';

/** Every vowel of the alphabet in its six tones (no mark, huyền, sắc, hỏi, ngã, nặng), and đ. */
const VOWELS = ['aàáảãạ', 'ăằắẳẵặ', 'âầấẩẫậ', 'eèéẻẽẹ', 'êềếểễệ', 'iìíỉĩị', 'oòóỏõọ', 'ôồốổỗộ', 'ơờớởỡợ', 'uùúủũụ', 'ưừứửữự', 'yỳýỷỹỵ'];
const SMALL = [...VOWELS.join(''), 'đ', ...'bcdghklmnpqrstvx'];
const CAPITALS = SMALL.map((c) => c.toUpperCase());

describe('TCVN3', () => {
  it.each(SMALL)('should encode and decode the small letter %s', (ch) => {
    expect(decodeTcvn3(encodeTcvn3(ch))).toBe(ch);
  });

  it.each(CAPITALS)('should encode the capital %s, keeping it where TCVN3 has a code for it', (ch) => {
    const back = decodeTcvn3(encodeTcvn3(ch));
    // ĂÂÊÔƠƯĐ and the ASCII capitals have codes; a capital with a tone takes the small letter's code.
    expect(back === ch || back === ch.toLowerCase()).toBe(true);
    if ('ĂÂÊÔƠƯĐ'.includes(ch) || /[A-Z]/.test(ch)) expect(back).toBe(ch);
  });

  it('should map each byte of its table to one letter, and no byte below 0xA1', () => {
    expect(new Set(TCVN3_TABLE.map(([b]) => b)).size).toBe(TCVN3_TABLE.length);
    expect(new Set(TCVN3_TABLE.map(([, c]) => c)).size).toBe(TCVN3_TABLE.length);
    expect(Math.min(...TCVN3_TABLE.map(([b]) => b))).toBe(0xa1);
  });

  it('should repair TCVN3 text read as Windows-1252', () => {
    expect(repairTcvn3('TiÕng ViÖt')).toBe('Tiếng Việt');
    expect(repairTcvn3(decodeCp1252(encodeTcvn3('Sở Tài chính chủ trì, phối hợp với các đơn vị')))).toBe('Sở Tài chính chủ trì, phối hợp với các đơn vị');
  });

  it('should give back capitals in words typed with an uppercase font', () => {
    expect(restoreTcvn3Capitals('KếT LUậN').text).toBe('KẾT LUẬN');
    expect(restoreTcvn3Capitals('CHỉ THị Về VIệC TĂNG CƯờNG').text).toBe('CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG');
    expect(restoreTcvn3Capitals('V. Tổ CHứC THựC HIệN').text).toBe('V. TỔ CHỨC THỰC HIỆN');
  });

  it('should not turn title-case words or a document number to capitals', () => {
    expect(restoreTcvn3Capitals('Số: 46/CĐ-TTg').text).toBe('Số: 46/CĐ-TTg');
    expect(restoreTcvn3Capitals('Về việc treo cờ Tổ quốc').text).toBe('Về việc treo cờ Tổ quốc');
  });

  it('should capitalise the first word of a sentence and the name Ủy ban, not a wrapped line', () => {
    expect(restoreTcvn3Capitals('1. ủy ban nhân dân tỉnh chủ trì.').text).toBe('1. Ủy ban nhân dân tỉnh chủ trì.');
    expect(restoreTcvn3Capitals('Giao ủy ban nhân dân huyện. ở đây').text).toBe('Giao Ủy ban nhân dân huyện. Ở đây');
    expect(restoreTcvn3Capitals('trình Đảng\nủy Chính phủ; Tỉnh ủy ban hành').text).toBe('trình Đảng\nủy Chính phủ; Tỉnh ủy ban hành');
  });
});

describe('VNI-Windows', () => {
  it.each([...SMALL, ...CAPITALS])('should encode and decode %s', (ch) => {
    expect(decodeVni(encodeVni(ch))).toBe(ch);
  });

  it('should write the published sequences', () => {
    expect(decodeCp1252(encodeVni('Việt Nam'))).toBe('Vieät Nam');
    expect(decodeCp1252(encodeVni('người được chỉ thị'))).toBe('ngöôøi ñöôïc chæ thò');
    expect(decodeCp1252(encodeVni('KẾT LUẬN'))).toBe('KEÁT LUAÄN');
  });

  it('should repair VNI text read as Windows-1252, also with a small mark after a capital', () => {
    expect(repairVni('Tieáng Vieät')).toBe('Tiếng Việt');
    expect(repairVni('Uûy ban')).toBe('Ủy ban');
  });
});

describe('Windows-1252 layer', () => {
  it('should agree with iconv-lite on 0x80–0xFF', () => {
    const iconv = createRequire(import.meta.url)('iconv-lite') as { decode(b: Buffer, e: string): string };
    for (let b = 0x80; b <= 0xff; b++) {
      const expected = iconv.decode(Buffer.from([b]), 'windows-1252');
      if (expected !== '\uFFFD') expect(decodeCp1252(Uint8Array.of(b))).toBe(expected);
    }
  });
});
