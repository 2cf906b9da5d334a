import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DataCategory } from '../domain/agencies.js';
import type { CohortMembers } from './cohort.js';

/**
 * A cohort's members as they travel in the signed token: each child named once, by the month
 * their family's coordination began, and per category a bitmap over that list (base64url, bit i
 * for the i-th child, months in order). A follow-up consent usually covers several categories of
 * one agency, so the school's cohort of attendance and support measures named each of a region's
 * ninety thousand children twice; now it names them once, and a category costs a bit per child.
 * The children by month are JSON deflated (RFC 1951) and written in base64url: ordered identity
 * numbers deflate to a third, and the token is read, carried, hashed and checked at every hop
 * from the registry to the data owner (docs/analysts.md, "Performance").
 */
export interface EncodedMembers {
  children: string;
  categories: Partial<Record<DataCategory, string>>;
}

/**
 * The most the children of one cohort may take once inflated: four million children, more than
 * any region counts. A token is signed by the registry, but its reader does not inflate without limit.
 */
const maxChildrenBytes = 64 * 1024 * 1024;

/** Deflated at the fastest level: a third of the size in a few milliseconds; the best level saves a sixth more at twenty times the time. */
const deflated = (children: Record<string, readonly string[]>) => deflateRawSync(JSON.stringify(children), { level: 1 }).toString('base64url');

function inflated(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(inflateRawSync(Buffer.from(text, 'base64url'), { maxOutputLength: maxChildrenBytes }).toString('utf8'));
  } catch {
    throw new Error('the cohort’s children cannot be read');
  }
}

/** A list in order, each entry once: the list itself when it already is (the registry's are). */
function inOrder(list: readonly string[]): readonly string[] {
  for (let i = 1; i < list.length; i++) if (!((list[i - 1] as string) < (list[i] as string))) return [...new Set(list)].sort();
  return list;
}

/** Two ordered lists merged into one, each entry once. */
function merged(a: readonly string[], b: readonly string[]): readonly string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) out.push(a[i++] as string);
    else if (x === undefined || y < x) out.push(b[j++] as string);
    else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

export function encodeMembers(members: Partial<Record<DataCategory, CohortMembers>>): EncodedMembers {
  const named = Object.entries(members) as [DataCategory, CohortMembers][];
  const months = [...new Set(named.flatMap(([, byMonth]) => Object.keys(byMonth)))].sort();
  // Month by month, every child of any category once, in order: the categories' ordered lists merged.
  const lists = months.map((month) => named.map(([, byMonth]) => inOrder(byMonth[month] ?? [])));
  const all = lists.map((inMonth) => inMonth.reduce<readonly string[]>((union, list) => (union.length === 0 ? list : merged(union, list)), []));
  const size = all.reduce((n, list) => n + list.length, 0);
  // Each category's list walked beside the month's merged one: a bit per child, no lookup.
  const bitmaps = named.map(() => new Uint8Array(Math.ceil(size / 8)));
  let offset = 0;
  months.forEach((_, m) => {
    const union = all[m] as readonly string[];
    named.forEach((_, k) => {
      const list = lists[m]?.[k] as readonly string[];
      const bits = bitmaps[k] as Uint8Array;
      for (let i = 0, at = 0; i < union.length && at < list.length; i++) {
        if (union[i] !== list[at]) continue;
        const position = offset + i;
        bits[position >> 3] = (bits[position >> 3] as number) | (1 << (position & 7));
        at++;
      }
    });
    offset += union.length;
  });
  const categories: EncodedMembers['categories'] = {};
  named.forEach(([category], k) => {
    categories[category] = Buffer.from(bitmaps[k] as Uint8Array).toString('base64url');
  });
  return { children: deflated(Object.fromEntries(months.map((month, m) => [month, all[m] as readonly string[]]))), categories };
}

/** The members back, by category and month; throws on anything that is not an encoding of them. */
export function decodeMembers(encoded: unknown): Partial<Record<DataCategory, CohortMembers>> {
  const { children: text, categories } = (encoded ?? {}) as Partial<EncodedMembers>;
  const children = inflated(text);
  if (!children || typeof children !== 'object' || Array.isArray(children) || !categories || typeof categories !== 'object') throw new Error('the cohort names no children');
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
