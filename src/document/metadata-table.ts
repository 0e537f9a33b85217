/**
 * The metadata table of a web copy (`Số hiệu: 365/TB-VPCP`, `Loại văn bản: Thông báo`,
 * `Ngày ban hành: 10/07/2026`, `Người ký: Phạm Mạnh Cường`), read as fallbacks for the header.
 */
import type { Line } from '../types.js';
import type { Found } from './number.js';
import { isoDate } from './place-date.js';
import { personName, TYPE_WORDS } from './layout.js';

export interface MetadataTable {
  type: Found<string> | null;
  issuer: Found<string> | null;
  date: Found<string> | null;
  signer: Found<string> | null;
  /** 0-based index of the last line of the table, -1 when there is none. */
  lastLine: number;
}

// Label, then the value after a colon, a bar or a tab: "Người ký: Phạm Mạnh Cường" | "| Loại văn bản | Thông báo |"
const ROW =
  /^[\s|*#]*(?<label>Số hiệu|Số ký hiệu|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Ngày ban hành|Người ký)[\s*]*[:|\t][\s|*]*(?<value>[^|\n]*?)[\s|*]*$/du;

/**
 * Reads the rows of a metadata table among `lines[from, to)`.
 * @example readMetadataTable(segmentLines('Loại văn bản: Thông báo\nNgười ký: Phạm Mạnh Cường'), 0, 2).signer?.value → 'Phạm Mạnh Cường'
 */
export function readMetadataTable(lines: Line[], from: number, to: number): MetadataTable {
  const none: MetadataTable = { type: null, issuer: null, date: null, signer: null, lastLine: -1 };
  const table: MetadataTable = { ...none };
  let rows = 0;
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i]!;
    const m = ROW.exec(line.text);
    if (!m) continue;
    const value = m.groups!.value!.trim();
    const [vs, ve] = m.indices!.groups!.value!;
    const found = (v: string): Found<string> => ({ value: v, span: { start: line.span.start + vs, end: line.span.start + ve }, line: i });
    table.lastLine = i;
    rows++;
    if (!value) continue;
    switch (m.groups!.label) {
      case 'Loại văn bản': {
        const known = TYPE_WORDS.find(([, cased]) => cased.toLowerCase() === value.toLowerCase());
        if (known) table.type = found(known[1]);
        break;
      }
      case 'Cơ quan ban hành':
      case 'Nơi ban hành':
        table.issuer = found(value);
        break;
      case 'Ngày ban hành': {
        const d = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(value);
        const iso = d ? isoDate(Number(d[3]), Number(d[2]), Number(d[1])) : null;
        if (iso) table.date = found(iso);
        break;
      }
      case 'Người ký':
        // "Người ký: Cổng Thông tin điện tử Chính phủ" is the portal's stamp, not a person.
        if (personName(value, true)) table.signer = found(personName(value, true)!);
        break;
      default:
    }
  }
  // One "Người ký:" row is a digital signature stamp, not a table.
  return rows >= 2 ? table : none;
}
