import { type AgencyRequestContext, type Counted, countCell, nobody, rateCell, recordKeyModulus, releasedReport, statisticsCohort } from '@lotsen/kit';
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

/** The people of `whole` who are not in `part` (a part of it): counts and keys subtracted, modulo 2³². */
const apart = (whole: Counted, part: Counted): Counted => ({ n: whole.n - part.n, keys: (whole.keys - part.keys + recordKeyModulus) % recordKeyModulus });

/**
 * One year's figures by the cell key method (docs/analysts.md, "Health care's care contacts"):
 * every count a cell of its own children, perturbed by the sum of their record keys as the region
 * gives it. Those without a contact are the cohort less those with one that year, as people (their
 * count and their keys), so they are a cell of their own too, not the cohort's published count less
 * the others'. A group's contacts are perturbed by its children's key and hidden with its children:
 * a small group's contacts would tell of its few children. Contacts per child are the published
 * contacts over the published children, withheld over a published base under the threshold.
 */
function yearFigures(rows: CareContactRow[], year: number, cohort: Counted, threshold: number) {
  const row = (unitType: string | null) => rows.find((r) => r.year === year && r.unitType === unitType);
  const patients = (r: CareContactRow | undefined): Counted => (r ? { n: r.patients, keys: r.keySum } : nobody);
  return {
    childrenWithoutContact: countCell(apart(cohort, patients(row(null))), threshold),
    byUnitType: unitTypes.map(([code, unitType]) => {
      const r = row(code);
      const withContact = patients(r);
      const contacts: Counted = { n: r?.encounters ?? 0, keys: withContact.keys };
      const children = countCell(withContact, threshold);
      return {
        unitType,
        children,
        contacts: children.suppressed ? children : countCell(contacts, threshold),
        contactsPerChild: rateCell(contacts, withContact, threshold, 1),
      };
    }),
  };
}

/**
 * Health care's follow-up figures (docs/analysts.md): care contacts per year and unit type over
 * the cohort the registry signed for this request, from one call to the region's measure (FHIR
 * `$evaluate-measure`), the release written to health care's audit trail before anything is
 * answered. The cohort's own cell, the children counted, is the measure's `urval`: the children
 * named, with the sum of their keys.
 */
export async function healthCareStatistics(ref: Reference, _: unknown, ctx: Ctx) {
  const cohort = await statisticsCohort(ctx, ref.healthCareCohort);
  const children = Object.values(cohort.members.CARE_CONTACTS ?? {}).flat();
  const report = await releasedReport(ctx, cohort, 'healthCare.careContactsByYear', 'CARE_CONTACTS', () => ctx.agency.careContactReport(children, cohort.from, cohort.to));
  const counted: Counted = { n: report.named.children, keys: report.named.keySum };
  return {
    children: countCell(counted, cohort.threshold),
    careContactsByYear: yearsOf(cohort.from, cohort.to).map((y) => ({ ...y, ...yearFigures(report.rows, y.year, counted, cohort.threshold) })),
  };
}
