import { cellInWords } from '../../statistics/cell-in-words.js';
import type { FigureCell, FigureTable as Table } from '../../statistics/figure-view.js';

/** A figure's cell: its value, or why it is hidden in words (marked so that it is seen at a glance, not by colour alone). */
export function FigureValue({ figure, threshold }: { figure: FigureCell; threshold: number }) {
  const text = (figure.cell.suppressed && figure.hiddenAs) || cellInWords(figure.cell, figure.format, threshold);
  return figure.cell.suppressed ? <span className="suppressed">{text}</span> : text;
}

export function FigureTable({ table, threshold }: { table: Table; threshold: number }) {
  return (
    // A wide table scrolls on a tablet: the region takes focus, so it scrolls by keyboard too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by Tab (WCAG 2.1.1; axe scrollable-region-focusable)
    <section className="table-wrap" aria-label={table.caption} tabIndex={0}>
      <table className="figures">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="number">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.header}>
              <th scope="row">{r.header}</th>
              {r.cells.map((figure, i) => (
                <td key={table.columns[i]} className="number">
                  {figure ? (
                    <FigureValue figure={figure} threshold={threshold} />
                  ) : (
                    <span title="Inte tillämpligt">
                      –<span className="visually-hidden">inte tillämpligt</span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
