import { stringify } from 'csv-stringify/sync';

/** One figure of a statistics answer: where it is in the answer, and its value or why it is not shown. */
export interface FigureRow {
  figure: string;
  value: string | number | null;
  suppressed: boolean | null;
  reason: string | null;
}

/** An element of a list is named by what it is about (a month, a purpose, an agency, an area), else by its place. */
const namingKeys = ['month', 'purpose', 'agency', 'area', 'status', 'kind'];

/**
 * The figures of a GraphQL answer, one row each, in the answer's order: every Count or Ratio cell
 * (value, suppressed, reason) and every plain value (the period and group echoed).
 */
export function figureRows(data: unknown, path: string[] = []): FigureRow[] {
  if (data === null || typeof data !== 'object') return [{ figure: path.join('.'), value: (data as string | number | null) ?? null, suppressed: null, reason: null }];
  if (Array.isArray(data)) {
    return data.flatMap((item, i) => {
      const name = item && typeof item === 'object' ? namingKeys.map((k) => (item as Record<string, unknown>)[k]).find((v) => typeof v === 'string') : undefined;
      return figureRows(item, [...path, typeof name === 'string' ? name : String(i + 1)]);
    });
  }
  const object = data as Record<string, unknown>;
  if (typeof object.suppressed === 'boolean') {
    return [{ figure: path.join('.'), value: (object.value as number | null) ?? null, suppressed: object.suppressed, reason: (object.reason as string | null) ?? null }];
  }
  return Object.entries(object).flatMap(([key, value]) => (namingKeys.includes(key) && path.length > 0 ? [] : figureRows(value, [...path, key])));
}

/**
 * The rows as CSV for a Swedish spreadsheet: UTF-8 with a byte order mark, `;` between fields,
 * a decimal comma, Swedish column names; a suppressed value is empty with its reason beside it.
 */
export function statisticsCsv(rows: readonly FigureRow[]): string {
  const cell = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v);
  return stringify(
    rows.map((r) => [r.figure, cell(r.value), r.suppressed === null ? '' : r.suppressed ? 'ja' : 'nej', r.reason ?? '']),
    { bom: true, delimiter: ';', header: true, columns: ['figur', 'värde', 'undertryckt', 'skäl'], record_delimiter: 'windows' },
  );
}
