import type { SuppressionReason } from '../gql/graphql.js';

/** One figure of a statistics answer: a value, or a typed suppression with its reason (docs/analysts.md). */
export interface Cell {
  value: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  /** Protected by the cell key method: slightly changed, the same way every time (docs/analysts.md, "Differencing"). */
  perturbed?: boolean;
}

/** Whether any figure of an answer is perturbed: the page then says so beside it. */
export function anyPerturbed(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  if ('suppressed' in value) return (value as Cell).perturbed === true;
  return Object.values(value).some(anyPerturbed);
}

/**
 * How a figure is written: a count, a number with decimals, a percent the graph gives as percent
 * (absence), or a share 0-1 written as percent.
 */
export type Format = 'count' | 'decimal1' | 'decimal2' | 'percent' | 'share';

const formats: Record<Format, Intl.NumberFormat> = {
  count: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }),
  decimal1: new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  decimal2: new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  percent: new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  share: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }),
};

/** A shown value in Swedish notation: "1 234", "2,5", "12,7 %", "18 %". */
export function valueInWords(value: number, format: Format): string {
  if (format === 'share') return `${formats.share.format(value * 100)} %`;
  if (format === 'percent') return `${formats.percent.format(value)} %`;
  return formats[format].format(value);
}

/** Why a figure is not shown, in a few words fit for a table cell. */
export function reasonInWords(reason: SuppressionReason | null, threshold: number): string {
  switch (reason) {
    case 'SMALL_COUNT':
      return `Färre än ${threshold}`;
    case 'COMPLEMENTARY':
      return 'Dold för att skydda ett litet tal';
    case 'SMALL_BASE':
      return `Underlaget är färre än ${threshold}`;
    default:
      return 'Dold';
  }
}

/** What each reason means, said in full once on the page. */
export function reasonExplained(reason: SuppressionReason, threshold: number): string {
  switch (reason) {
    case 'SMALL_COUNT':
      return `Antalet är mindre än ${threshold} och visas inte, eftersom så få skulle kunna peka ut en person. Noll visas: att ingen räknas säger inget om någon.`;
    case 'COMPLEMENTARY':
      return 'Talet är inte litet i sig, men döljs tillsammans med ett litet tal i samma tabell. Annars skulle det lilla talet gå att räkna fram ur summan och de andra talen.';
    case 'SMALL_BASE':
      return `Ett medelvärde eller en andel som bygger på färre än ${threshold} visas inte.`;
  }
}

export const suppressionReasons: SuppressionReason[] = ['SMALL_COUNT', 'COMPLEMENTARY', 'SMALL_BASE'];

/**
 * A figure as its table cell reads: the value, or why it is hidden. A mean or share hidden for a
 * small count is hidden with the count it rests on (a support measure's share), and says so.
 */
export function cellInWords(cell: Cell, format: Format, threshold: number): string {
  if (cell.suppressed && cell.reason === 'SMALL_COUNT' && format !== 'count') return `Dold: antalet är färre än ${threshold}`;
  if (cell.suppressed) return reasonInWords(cell.reason, threshold);
  return cell.value === null ? 'Ingen uppgift' : valueInWords(cell.value, format);
}
