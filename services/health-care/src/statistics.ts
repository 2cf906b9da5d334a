import { type AgencyRequestContext, cellOf, type FigureCell, releasedReport, statisticsCohort, suppressedCountCell, suppressedRatioCell, suppressTable } from '@lotsen/kit';
import type { CareContactRow, HealthRecords } from './adapters/fhir.js';

type Ctx = AgencyRequestContext<HealthRecords>;
type Reference = { key: string; healthCareCohort?: unknown };

/** The measure's unit types (enhetstyp) as the schema's CareUnitType, in the order answered. */
const unitTypes = [
  ['bup', 'BUP'],
  ['habilitering', 'HABILITATION'],
  ['primarvard', 'PRIMARY_CARE'],
] as const;

/** The calendar years a period touches, each with its part of the period. */
function yearsOf(from: string, to: string) {
  const first = Number(from.slice(0, 4));
  return Array.from({ length: Number(to.slice(0, 4)) - first + 1 }, (_, i) => {
    const year = first + i;
    return { year, from: i === 0 ? from : `${year}-01-01`, to: year === Number(to.slice(0, 4)) ? to : `${year}-12-31` };
  });
}

/**
 * One year's figures, suppressed as one table (a line with its total): the cohort's children by
 * where they had contacts that year, at none or at each unit type, with the cohort (`children`)
 * as its total, so that no hidden cell comes back from the cohort and the others. A child with
 * contacts at two unit types counts under each; the line then adds up to more than the cohort and
 * gives back less than an exact one. A group's contacts and contacts per child are hidden with its
 * children: the answer has no total of contacts, and a small group's would tell of its few children.
 */
function yearFigures(rows: CareContactRow[], year: number, cohort: number, threshold: number) {
  const row = (unitType: string | null) => rows.find((r) => r.year === year && r.unitType === unitType) ?? { patients: 0, encounters: 0 };
  const [line = []] = suppressTable([[cohort - row(null).patients, ...unitTypes.map(([code]) => row(code).patients)]], threshold).cells;
  const [withoutContact, ...byUnit] = line.map((c) => cellOf(c));
  return {
    childrenWithoutContact: withoutContact,
    byUnitType: unitTypes.map(([code, unitType], i) => {
      const { patients, encounters } = row(code);
      const children = byUnit[i] as FigureCell;
      return {
        unitType,
        children,
        contacts: children.suppressed ? children : suppressedCountCell(encounters, threshold),
        contactsPerChild: children.reason === 'COMPLEMENTARY' ? children : suppressedRatioCell(patients > 0 ? encounters / patients : 0, patients, threshold),
      };
    }),
  };
}

/**
 * Health care's follow-up figures (docs/analysts.md): care contacts per year and unit type over
 * the cohort the registry signed for this request, from one call to the region's measure (FHIR
 * `$evaluate-measure`), the release written to health care's audit trail before anything is answered.
 */
export async function healthCareStatistics(ref: Reference, _: unknown, ctx: Ctx) {
  const cohort = await statisticsCohort(ctx, ref.healthCareCohort);
  const children = Object.values(cohort.members.CARE_CONTACTS ?? {}).flat();
  const rows = await releasedReport(ctx, cohort, 'healthCare.careContactsByYear', 'CARE_CONTACTS', () => ctx.agency.careContactReport(children, cohort.from, cohort.to));
  return {
    children: suppressedCountCell(children.length, cohort.threshold),
    careContactsByYear: yearsOf(cohort.from, cohort.to).map((y) => ({ ...y, ...yearFigures(rows, y.year, children.length, cohort.threshold) })),
  };
}
