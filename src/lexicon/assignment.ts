/**
 * The verb of assignment, `giao` ("Giao Sở Tài chính chủ trì …"), as a regex source for every pattern that
 * needs it (bounds are the caller's; it holds under the `i` flag).
 */

// Not the first syllable of a noun or another verb (giao thông, giao dịch, giao lưu, giao tiếp, giao nộp, giao
// hàng, giao thương "trade", giao nhận "delivery", giao thoa, giao lộ, giao hữu), nor the last of one (ngoại giao,
// bàn giao, chuyển giao): so not inside a name either ("Bộ Giao thông vận tải", "Bộ Ngoại giao").
export const ASSIGN_VERB =
  '(?<!(?:ngoại|bàn|chuyển)\\s+)giao(?!\\s+(?:thông|dịch|lưu|tiếp|nộp|hàng|thương|nhận|thoa|lộ|hữu)(?![0-9A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ]))';

/**
 * What is assigned between the verb and `cho` ("giao nhiệm vụ cụ thể cho Sở Y tế", "phân công trách nhiệm cho
 * …"): a duty, so the unit after `cho` must do it. Not a thing handed over (giao đất, giao quyền tự chủ, giao vốn
 * cho …): that unit gains it.
 */
export const ASSIGNED_DUTY = '(?:nhiệm\\s+vụ|trách\\s+nhiệm|công\\s+việc|việc)(?:\\s+(?:cụ\\s+thể|chủ\\s+trì|chính|trực\\s+tiếp))?';
