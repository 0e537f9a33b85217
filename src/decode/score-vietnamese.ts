/**
 * How Vietnamese a text reads: counts the words with a non-ASCII letter that are, or are not,
 * well-formed Vietnamese syllables. Candidate decodings are compared by this score, so a
 * repair is made only when it turns non-words into syllables.
 */

// Tone marks as NFD combining characters: huyền, sắc, ngã, hỏi, nặng.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

// Onset, then a nucleus that may take a final consonant, or one that ends in a glide and may
// not, or "oo" before ng/c: "nghiêng" = ngh + iê + ng | "quốc" = qu + ô + c | "gì" = g + i |
// "khuya" = kh + uya | "người" = ng + ươi | "xoong". "nhaọn" (ao + n) is no syllable.
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?' +
    '(?:(?:uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnpt])?' +
    '|uya|uyu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ' +
    '|oo(?:ng|c))$',
  'u',
);

/** Is this word one Vietnamese syllable, in lower, title or upper case? */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase();
  const rest = word.slice(1);
  if (word !== lower && rest !== rest.toLowerCase() && word !== word.toUpperCase()) return false;
  const decomposed = lower.normalize('NFD');
  const tones = decomposed.match(TONE);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE, '').normalize('NFC'));
}

export interface VietnameseScore {
  /** Words with a letter beyond ASCII that are syllables. */
  valid: number;
  /** Words with a letter beyond ASCII that are not. */
  invalid: number;
}

// Runs of letters; a word of ASCII letters only says nothing either way (names, "UBND", "café"'s "caf").
const WORD = /\p{L}+/gu;
const NON_ASCII = /[^\x00-\x7f]/u;

/**
 * Counts syllables and non-syllables among the words that have a letter beyond ASCII.
 * @example scoreVietnamese('Tiếng Việt TiÕng') → { valid: 2, invalid: 1 }
 */
export function scoreVietnamese(text: string): VietnameseScore {
  let valid = 0;
  let invalid = 0;
  for (const m of text.matchAll(WORD)) {
    if (!NON_ASCII.test(m[0])) continue;
    if (isVietnameseSyllable(m[0])) valid++;
    else invalid++;
  }
  return { valid, invalid };
}
