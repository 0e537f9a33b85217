/**
 * One spelling per unit within a document: variants of a name (`Sở Văn hoá và Thể thao`,
 * `Sở Văn hóa và Thể thao`, a lost accent or a typo) become the document's most frequent spelling;
 * names of a unit list given with `--units` become their canonical form.
 */
import type { ItemDraft } from './build-items.js';
import { mergeUnitVariants, unitKey } from './canonical-names.js';

/** A province's or agency's own units: canonical names and their aliases. */
export interface UnitList {
  units: { name: string; aliases?: string[] }[];
}

/**
 * Renames the assignees of every item in place.
 * @example mergeAssigneeNames(items, null) // "Sở Văn hoá và Thể thao" and "Sở Văn hóa và Thể thao" → the more frequent
 */
export function mergeAssigneeNames(items: ItemDraft[], unitList: UnitList | null): void {
  const known = new Map<string, string>();
  for (const u of unitList?.units ?? []) {
    known.set(unitKey(u.name), u.name);
    for (const a of u.aliases ?? []) known.set(unitKey(a), u.name);
  }
  const names = items.flatMap((i) => i.assignees.map((a) => a.value.name));
  const merged = mergeUnitVariants(names);
  for (const item of items) {
    for (const a of item.assignees) {
      const name = (known.size > 0 ? known.get(unitKey(a.value.name)) : undefined) ?? merged.get(a.value.name) ?? a.value.name;
      if (name !== a.value.name) a.value = { ...a.value, name };
    }
    // Two variants of one unit in an item are one assignee: the first, as lead if either leads.
    const seen = new Map<string, (typeof item.assignees)[number]>();
    item.assignees = item.assignees.filter((a) => {
      const prev = seen.get(a.value.name);
      if (!prev) {
        seen.set(a.value.name, a);
        return true;
      }
      if (a.value.role === 'lead' && prev.value.role === 'support') prev.value = { ...prev.value, role: 'lead' };
      return false;
    });
  }
}
