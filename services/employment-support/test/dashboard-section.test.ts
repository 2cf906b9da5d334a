import { readFileSync } from 'node:fs';
import type { EmploymentSupportOfGuardianFragment } from '@lotsen/dashboard/gql/graphql';
import { describe, expect, it } from 'vitest';
import { englishIn } from '../../dashboard/test/english-words.js';
import { guardianSection } from '../dashboard/section.js';
import { labourMarketMeasuresOf, occupationStatusOf } from '../src/adapters/employment-service-mapping.js';
import type { Deltagare, DeltagareSvar, InsatserSvar, SysselsattningSvar } from '../src/vendor-api.js';

// The dashboard's part of this agency: the graph's answer to its fragment, made from the
// participant system's answers recorded once (test/fixtures, scripts/record-fixtures.ts) through
// the subgraph's own mapping, and what the family page shows of it.
const recorded = <T>(file: string) => JSON.parse(readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')) as T;
const { deltagare } = recorded<DeltagareSvar>('deltagare.json');
const { insatser } = recorded<InsatserSvar>('insatser.json');
const { perioder } = recorded<SysselsattningSvar>('sysselsattning.json');
const [discharged, planned, several] = deltagare as [Deltagare, Deltagare, Deltagare];

type Section = EmploymentSupportOfGuardianFragment['employmentSupport'];

/** The section the graph answers for a recorded participant, its data released. */
function answerFor(d: Deltagare): EmploymentSupportOfGuardianFragment {
  const measures = labourMarketMeasuresOf(
    d,
    insatser.filter((i) => i.personnummer === d.personnummer),
  );
  const occupation = occupationStatusOf(perioder.filter((p) => p.personnummer === d.personnummer));
  // The mapping gives the schema's enum values as its strings; the graph answers them as the enums the fragment's type names.
  const section = {
    __typename: 'EmploymentSupportSection',
    labourMarketMeasures: { __typename: 'LabourMarketMeasures', ...measures, items: measures.items.map((i) => ({ __typename: 'LabourMarketMeasure', ...i })) },
    occupationStatus: occupation ? { __typename: 'OccupationStatusHistory', ...occupation } : { __typename: 'NotRecorded' },
  } as unknown as Section;
  return { __typename: 'Guardian', employmentSupport: section };
}

const shownOf = (d: Deltagare) => guardianSection.parts(answerFor(d)).map((p) => p.shown);

describe('arbetsmarknadsenheten on the family page', () => {
  it('words a discharged participant’s enrolment, measures and occupation in Swedish', () => {
    const [measures, occupation] = shownOf(discharged);
    expect(measures).toEqual({
      lead: `Inskriven 2025-05-03; utskriven 2026-09-10 (arbete). Handläggare ${discharged.handlaggare.namn}, ${discharged.handlaggare.telefon}.`,
      rows: ['Studie- och yrkesvägledning: avslutad, 2025-05-10 – 2025-10-10; coach Daniel Sjöberg, 010-904976'],
      none: 'Inga insatser',
    });
    expect(occupation).toEqual({
      lead: 'Nu: Arbete',
      rows: ['Arbetssökande: 2025-05-03 – 2026-09-09', 'Arbete: sedan 2026-09-10'],
      none: 'Ingen sysselsättning registrerad',
    });
  });

  it('says when a planned measure runs and keeps the system’s own word for a status the schema calls OTHER', () => {
    const [measures, occupation] = shownOf(planned);
    expect(measures?.lead).toMatch(/^Inskriven \d{4}-\d{2}-\d{2}\. Handläggare /);
    expect(measures?.rows).toEqual([expect.stringMatching(/^Arbetsträning: planerad från \d{4}-\d{2}-\d{2} till 2027-07-28; coach /)]);
    const [period] = perioder.filter((p) => p.personnummer === planned.personnummer);
    expect(occupation?.rows).toEqual([`${period?.status}: sedan ${period?.fran}`]);
  });

  it('lists every measure in order, the one going on with its planned end', () => {
    const [measures] = shownOf(several);
    const going = insatser.find((i) => i.personnummer === several.personnummer && i.status === 'Pågående');
    expect(measures?.rows.map((r) => r.split(':')[1]?.trim().split(',')[0])).toEqual(['avslutad', 'avslutad', `pågår sedan ${going?.startdatum}`]);
    expect(measures?.rows.at(-1)).toContain(`pågår sedan ${going?.startdatum}, planerat slut ${going?.planeratSlutdatum}; coach ${going?.coach.namn}, ${going?.coach.telefon}`);
  });

  it('leaves a denial, NotRecorded and an unavailable system to the dashboard’s own words', () => {
    const denied = { __typename: 'AccessDenied', reason: 'NO_CONSENT', message: 'Samtycke saknas' } as const;
    const parts = guardianSection.parts({
      __typename: 'Guardian',
      employmentSupport: { __typename: 'EmploymentSupportSection', labourMarketMeasures: denied, occupationStatus: { __typename: 'AgencyUnavailable', kind: 'UNAVAILABLE' } } as Section,
    });
    expect(parts.map((p) => [p.category, p.outcome.__typename, p.shown])).toEqual([
      ['LABOUR_MARKET_MEASURES', 'AccessDenied', null],
      ['OCCUPATION_STATUS', 'AgencyUnavailable', null],
    ]);
  });

  it('has no English word in anything it shows', () => {
    const texts = [discharged, planned, several].flatMap(shownOf).flatMap((s) => (s ? [s.lead ?? '', ...s.rows, s.none] : []));
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.flatMap((t) => englishIn(t))).toEqual([]);
  });
});
