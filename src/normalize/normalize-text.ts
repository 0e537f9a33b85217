/**
 * The normalized text every span points into: NFC, `\n` line endings, no byte-order mark.
 * Nothing else changes (SPEC.md, Offsets).
 */

/** @example normalizeText('Ke\u0301t\r\nlua\u0323n') → 'Két\nluạn' */
export function normalizeText(decoded: string): string {
  const noBom = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  return noBom.normalize('NFC').replace(/\r\n?/g, '\n');
}
