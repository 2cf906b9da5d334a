import { type Counted, countCell, type FigureCell, nobody, shareCell } from '@lotsen/kit';
import type { SupportKind, SupportMeasuresInPlace } from './adapters/ss12000.js';

/** Every kind is shown, one that no child has as zero: that nobody has it tells nothing about a person. */
const kinds: readonly SupportKind[] = ['EXTRA_ADAPTATIONS', 'SPECIAL_SUPPORT', 'ACTION_PROGRAMME'];

/** A count of the report with its key sum, as one cell. */
const counted = (n: number, keys: number): Counted => ({ n, keys });

/**
 * The school's support-measures figure (docs/analysts.md, "The school's support measures") from
 * the platform's report, by the cell key method: the children counted, and per kind those with it
 * in place at the start of their coordination and at the period's end, each a cell of its own
 * children perturbed by their key, with its share of the children counted. No count is hidden
 * because of another: a difference of two published counts (those without a kind, those it came
 * to since the start) is a difference of two perturbed counts, not a count of anyone.
 */
export function supportMeasuresFigure(report: SupportMeasuresInPlace, threshold: number) {
  const children = counted(report.students, report.keySum);
  return {
    children: countCell(children, threshold),
    byKind: kinds.map((kind) => {
      const row = report.inPlace.find((r) => r.kind === kind);
      const atStart = row ? counted(row.atStart, row.atStartKeySum) : nobody;
      const atEnd = row ? counted(row.atEnd, row.atEndKeySum) : nobody;
      const [atStartCell, atEndCell] = [countCell(atStart, threshold), countCell(atEnd, threshold)];
      return {
        kind,
        atStart: atStartCell,
        shareAtStart: share(atStartCell, atStart, children, threshold),
        atEnd: atEndCell,
        shareAtEnd: share(atEndCell, atEnd, children, threshold),
      };
    }),
  };
}

/**
 * A kind's share of the children counted: its published count over theirs. Times the published
 * children it gives its count back, so it is withheld with a withheld count (with the count's
 * reason), and over a published base under the threshold (SMALL_BASE).
 */
function share(count: FigureCell, part: Counted, children: Counted, threshold: number): FigureCell {
  const ratio = shareCell(part, children, threshold);
  return ratio.suppressed || !count.suppressed ? ratio : count;
}
