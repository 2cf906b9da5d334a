import { cellOf, suppressTable } from '@lotsen/kit';

/** A table of counts with its totals, suppressed together (kit: suppressTable), as the schema's cells. */
export function table(counts: number[][], threshold: number) {
  const t = suppressTable(counts, threshold);
  return { cells: t.cells.map((r) => r.map(cellOf)), rowTotals: t.rowTotals.map(cellOf), columnTotals: t.columnTotals.map(cellOf), total: cellOf(t.total) };
}
