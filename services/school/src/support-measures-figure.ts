import { type Cell, cellOf, type FigureCell, suppressedCountCell, suppressedRatioCell, suppressTable } from '@lotsen/kit';
import type { SupportKind, SupportMeasuresInPlace } from './adapters/ss12000.js';

/** Every kind is shown, one that no child has as zero: that nobody has it tells nothing about a person. */
const kinds: readonly SupportKind[] = ['EXTRA_ADAPTATIONS', 'SPECIAL_SUPPORT', 'ACTION_PROGRAMME'];

/**
 * The school's support-measures figure (docs/analysts.md) from the platform's report: the children
 * counted, and per kind those with it in place at the start of their coordination and at the
 * period's end, with the share of the children counted, each suppressed under the threshold.
 */
export function supportMeasuresFigure(report: SupportMeasuresInPlace, threshold: number) {
  const children = report.students;
  return {
    children: suppressedCountCell(children, threshold),
    byKind: kinds.map((kind) => {
      const { atStart, atEnd } = report.inPlace.find((r) => r.kind === kind) ?? { atStart: 0, atEnd: 0 };
      const shown = inPlace(atStart, atEnd, children, threshold);
      return {
        kind,
        atStart: cellOf(shown.atStart),
        shareAtStart: share(shown.atStart, atStart, children, threshold),
        atEnd: cellOf(shown.atEnd),
        shareAtEnd: share(shown.atEnd, atEnd, children, threshold),
      };
    }),
  };
}

/**
 * Which of a kind's two counts may be shown. Published are the children counted (n), those with
 * the kind in place at the start (s) and at the end (e, at least s: the platform knows no end of a
 * measure); from any two of them a third count follows, so each pair is a table of two cells and
 * its total, suppressed as one: [s, n − s] of n (without it at the start), [e, n − e] of n
 * (without it at the end) and [s, e − s] of e (in place since the start). A count is shown only
 * if every table it is in shows it: then no count under the threshold, of a table or given by
 * the difference of two shown, can be worked out from the answer.
 */
function inPlace(atStart: number, atEnd: number, children: number, threshold: number): { atStart: Cell; atEnd: Cell } {
  const withAndWithout = (withIt: number, total: number) => suppressTable([[withIt, total - withIt]], threshold);
  const start = withAndWithout(atStart, children);
  const end = withAndWithout(atEnd, children);
  const since = withAndWithout(atStart, atEnd);
  return { atStart: hiddenInAny(start.cells[0]?.[0], since.cells[0]?.[0]), atEnd: hiddenInAny(end.cells[0]?.[0], since.total) };
}

/** One count as several tables mark it: hidden if any of them hides it (a count under the threshold is SMALL_COUNT in every one). */
const hiddenInAny = (...marks: (Cell | undefined)[]): Cell => (marks.find((c) => c?.suppressed) ?? marks[0]) as Cell;

/** A share of the children counted gives its count back with them: it is hidden when the count is, or when the base is small. */
function share(count: Cell, n: number, children: number, threshold: number): FigureCell {
  const ratio = suppressedRatioCell(children > 0 ? n / children : 0, children, threshold, 2);
  return ratio.suppressed || !count.suppressed ? ratio : cellOf(count);
}
