import type { DataCategory } from '../domain/agencies.js';
import type { CohortMembers } from './cohort.js';

/**
 * A cohort's members as they travel in the signed token: each child named once, by the month
 * their family's coordination began, and per category a bitmap over that list (base64url, bit i
 * for the i-th child, months in order). A follow-up consent usually covers several categories of
 * one agency, so the school's cohort of attendance and support measures named each of a region's
 * ninety thousand children twice; now it names them once, and a category costs a bit per child.
 */
export interface EncodedMembers {
  children: Record<string, string[]>;
  categories: Partial<Record<DataCategory, string>>;
}

export function encodeMembers(members: Partial<Record<DataCategory, CohortMembers>>): EncodedMembers {
  const byMonth = new Map<string, Set<string>>();
  for (const months of Object.values(members))
    for (const [month, list] of Object.entries(months ?? {})) {
      const named = byMonth.get(month) ?? new Set<string>();
      for (const c of list) named.add(c);
      byMonth.set(month, named);
    }
  const children: Record<string, string[]> = {};
  const position = new Map<string, number>();
  for (const month of [...byMonth.keys()].sort()) {
    const list = [...(byMonth.get(month) ?? [])].sort();
    children[month] = list;
    for (const c of list) position.set(`${month} ${c}`, position.size);
  }
  const categories: EncodedMembers['categories'] = {};
  for (const [category, months] of Object.entries(members) as [DataCategory, CohortMembers][]) {
    const bits = new Uint8Array(Math.ceil(position.size / 8));
    for (const [month, list] of Object.entries(months))
      for (const c of list) {
        const i = position.get(`${month} ${c}`) as number;
        bits[i >> 3] = (bits[i >> 3] as number) | (1 << (i & 7));
      }
    categories[category] = Buffer.from(bits).toString('base64url');
  }
  return { children, categories };
}

/** The members back, by category and month; throws on anything that is not an encoding of them. */
export function decodeMembers(encoded: unknown): Partial<Record<DataCategory, CohortMembers>> {
  const { children, categories } = (encoded ?? {}) as Partial<EncodedMembers>;
  if (!children || typeof children !== 'object' || !categories || typeof categories !== 'object') throw new Error('the cohort names no children');
  const months = Object.entries(children);
  if (months.some(([, list]) => !Array.isArray(list) || list.some((c) => typeof c !== 'string'))) throw new Error('the cohort’s children are not lists of identity numbers');
  const size = months.reduce((n, [, list]) => n + list.length, 0);
  const members: Partial<Record<DataCategory, CohortMembers>> = {};
  for (const [category, text] of Object.entries(categories) as [DataCategory, unknown][]) {
    const bits = typeof text === 'string' ? Buffer.from(text, 'base64url') : undefined;
    if (!bits || bits.length !== Math.ceil(size / 8)) throw new Error(`the cohort’s ${category} does not fit its children`);
    const byMonth: CohortMembers = {};
    let i = 0;
    for (const [month, list] of months) {
      const inCategory: string[] = [];
      for (const c of list) {
        if (((bits[i >> 3] as number) >> (i & 7)) & 1) inCategory.push(c);
        i++;
      }
      if (inCategory.length > 0) byMonth[month] = inCategory;
    }
    members[category] = byMonth;
  }
  return members;
}
