/**
 * Short documents written in the tests, and what the inheritance tests read off their items.
 */
import type { Item } from '../../src/schema.js';

/** The header of a Kết luận of a Sở, before a body written in the test. */
export const HEADER = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 45/KL-SKHCN\nQuảng Ngãi, ngày 23 tháng 7 năm 2021\nKẾT LUẬN\ncủa Giám đốc Sở Khoa học và Công nghệ tại Hội nghị sơ kết\n\n';

/** The leads of an item as `name (via)`. */
export const leads = (i: Item) => i.assignees.filter((a) => a.role === 'lead').map((a) => `${a.name} (${a.via})`);

/** The names of an item's supporting units. */
export const supports = (i: Item) => i.assignees.filter((a) => a.role === 'support').map((a) => a.name);

/** The item whose text (after its bullet) begins with `start`. */
export const byText = (items: Item[], start: string) => items.find((i) => i.text.replace(/^[-\s]+/, '').startsWith(start))!;
