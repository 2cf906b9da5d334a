import { stringify } from 'csv-stringify/sync';
import { describeFigure } from './labels.js';

/** One figure of a statistics answer: where it is in the answer, and its value or why it is not shown. */
export interface FigureRow {
  figure: string;
  /** The figure's path in Swedish words (labels.ts). */
  description: string;
  value: string | number | boolean | null;
  suppressed: boolean | null;
  reason: string | null;
}

/** An element of a list is named by what it is about (a month, a purpose, an agency, an area, a unit type), else by its place. */
const namingKeys = ['month', 'purpose', 'agency', 'area', 'status', 'kind', 'unitType', 'termsSinceStart', 'year'];

const row = (path: readonly string[], value: FigureRow['value'], suppressed: boolean | null, reason: string | null): FigureRow => ({
  figure: path.join('.'),
  description: describeFigure(path),
  value,
  suppressed,
  reason,
});

/**
 * The figures of a GraphQL answer, one row each, in the answer's order: every Count or Ratio cell
 * (value, suppressed, reason) and every plain value (the period and group echoed).
 */
export function figureRows(data: unknown, path: string[] = []): FigureRow[] {
  if (data === null || typeof data !== 'object') return [row(path, (data as FigureRow['value'] | undefined) ?? null, null, null)];
  if (Array.isArray(data)) {
    return data.flatMap((item, i) => {
      const name = item && typeof item === 'object' ? namingKeys.map((k) => (item as Record<string, unknown>)[k]).find((v) => typeof v === 'string' || typeof v === 'number') : undefined;
      return figureRows(item, [...path, name === undefined ? String(i + 1) : String(name)]);
    });
  }
  const object = data as Record<string, unknown>;
  if (typeof object.suppressed === 'boolean') return [row(path, (object.value as number | null) ?? null, object.suppressed, (object.reason as string | null) ?? null)];
  // A client's __typename (Apollo Client adds it everywhere) names no figure.
  return Object.entries(object).flatMap(([key, value]) => ((namingKeys.includes(key) && path.length > 0) || key === '__typename' ? [] : figureRows(value, [...path, key])));
}

/**
 * A number as a Swedish spreadsheet reads one: a decimal comma, never an exponent (1e-7 would be
 * read as text), a minus sign in front when negative (−0.4 is written `-0,4`, a number to Excel
 * and LibreOffice alike). Anything else is not a number and is written as text.
 */
export function swedishNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const plain = Object.is(n, -0) ? '0' : n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return /^-?\d+(\.\d+)?$/.test(plain) ? plain.replace('.', ',') : null;
}

/** The columns, in order: what the DPO's and the analysts' docs describe (docs/analysts.md, "CSV"). */
export const csvColumns = ['figur', 'beskrivning', 'värde', 'undertryckt', 'skäl'] as const;

/**
 * The rows as CSV for a Swedish spreadsheet: UTF-8 with a byte order mark, `;` between fields,
 * Swedish column names; a suppressed value is empty with its reason beside it.
 *
 * No cell opens as a formula (OWASP, "CSV Injection"): csv-stringify's `escape_formulas` puts a
 * single quote before every text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return (and their full-width forms), so a filter value echoed back, `=HYPERLINK(…)` or
 * `-2+3`, shows as the text it is. A real number is handed to the writer as a number (cast below),
 * which the writer leaves unquoted even when it begins with `-`: a negative figure stays a figure.
 */
export function statisticsCsv(rows: readonly FigureRow[]): string {
  return stringify(
    rows.map((r) => [r.figure, r.description, r.value, r.suppressed === null ? '' : r.suppressed ? 'ja' : 'nej', r.reason ?? '']),
    {
      bom: true,
      delimiter: ';',
      header: true,
      columns: [...csvColumns],
      record_delimiter: 'windows',
      // A line break inside a cell is quoted, as a spreadsheet ends a row at a bare CR or LF too
      // (csv-stringify quotes only the chosen record delimiter unless told).
      quote_record_delimiter: true,
      escape_formulas: true,
      cast: {
        number: (n) => swedishNumber(n) ?? '',
        boolean: (b) => (b ? 'ja' : 'nej'),
      },
    },
  );
}
