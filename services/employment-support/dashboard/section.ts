// Arbetsmarknadsenheten's part of the dashboard (docs/agencies.md, "The dashboard's part"): the
// fragment of a guardian's section the family page asks for, and that answer in Swedish words.
// The dashboard words a denial, NotRecorded and AgencyUnavailable itself; only the data is worded here.
// The fragment asks only for what the page shows: the family's guardians' sections are one query,
// and it must stay under the gateway's cost limit (services/dashboard/test/operation-cost.test.ts).
import type { EmploymentSupportOfGuardianFragment, LabourMarketMeasureKind, LabourMarketMeasureStatus, OccupationStatus } from '@lotsen/dashboard/gql/graphql';
import type { GuardianPartData, GuardianSectionModule } from '@lotsen/dashboard/guardian-section';

const fragment = /* GraphQL */ `
  fragment EmploymentSupportOfGuardian on Guardian {
    employmentSupport {
      labourMarketMeasures {
        ... on LabourMarketMeasures {
          enrolledOn
          dischargedOn
          dischargeReason
          caseworker {
            name
            phone
          }
          items {
            kind
            label
            startDate
            plannedEndDate
            endDate
            status
            coach {
              name
              phone
            }
          }
        }
        ...Denied
        ...UnavailableSection
      }
      occupationStatus {
        ... on OccupationStatusHistory {
          periods {
            status
            label
            from
            to
          }
        }
        ...Denied
        ...UnavailableSection
      }
    }
  }
`;

type Section = EmploymentSupportOfGuardianFragment['employmentSupport'];
type Measures = Extract<Section['labourMarketMeasures'], { __typename: 'LabourMarketMeasures' }>;
type Occupation = Extract<Section['occupationStatus'], { __typename: 'OccupationStatusHistory' }>;

/** A kind the schema names in Swedish; OTHER keeps the system's own word (the label). */
const measureKind: Record<Exclude<LabourMarketMeasureKind, 'OTHER'>, string> = {
  WORK_TRAINING: 'Arbetsträning',
  STUDY_AND_CAREER_GUIDANCE: 'Studie- och yrkesvägledning',
  JOB_COACHING: 'Jobbcoachning',
  WORK_REHABILITATION: 'Arbetsrehabilitering (Finsam)',
};
const occupation: Record<Exclude<OccupationStatus, 'OTHER'>, string> = {
  WORK: 'Arbete',
  STUDIES: 'Studier',
  SICK_LEAVE: 'Sjukskrivning',
  JOB_SEEKING: 'Arbetssökande',
};

const contact = (role: string, c: { name: string; phone: string }) => `${role} ${c.name}, ${c.phone}`;

/** When a measure runs, by its status: planned from a day, going on until a planned day, or ended. */
function period(m: Measures['items'][number], status: LabourMarketMeasureStatus): string {
  if (status === 'PLANNED') return `planerad från ${m.startDate} till ${m.plannedEndDate}`;
  if (status === 'ONGOING') return `pågår sedan ${m.startDate}, planerat slut ${m.plannedEndDate}`;
  return `avslutad, ${m.startDate} – ${m.endDate ?? m.plannedEndDate}`;
}

function measures(m: Measures): GuardianPartData {
  const discharged = m.dischargedOn ? `; utskriven ${m.dischargedOn}${m.dischargeReason ? ` (${m.dischargeReason.toLocaleLowerCase('sv')})` : ''}` : '';
  return {
    lead: `Inskriven ${m.enrolledOn}${discharged}. ${contact('Handläggare', m.caseworker)}.`,
    rows: m.items.map((i) => {
      const kind = i.kind === 'OTHER' ? i.label : measureKind[i.kind];
      return `${kind}: ${period(i, i.status)}; ${contact('coach', i.coach)}`;
    }),
    none: 'Inga insatser',
  };
}

const status = (s: OccupationStatus, label: string) => (s === 'OTHER' ? label : occupation[s]);

/** The status now is the last period's (the one without an end): asked once, within the gateway's cost limit. */
function occupationHistory(o: Occupation): GuardianPartData {
  const now = o.periods.at(-1);
  return {
    lead: now ? `Nu: ${status(now.status, now.label)}` : null,
    rows: o.periods.map((p) => `${status(p.status, p.label)}: ${p.to ? `${p.from} – ${p.to}` : `sedan ${p.from}`}`),
    none: 'Ingen sysselsättning registrerad',
  };
}

/** Each data category of the guardian's section, in the manifest's order, worded when it is the data. */
export const guardianSection: GuardianSectionModule<EmploymentSupportOfGuardianFragment> = {
  fragment,
  parts: ({ employmentSupport: { labourMarketMeasures, occupationStatus } }) => [
    {
      category: 'LABOUR_MARKET_MEASURES',
      outcome: labourMarketMeasures,
      shown: labourMarketMeasures.__typename === 'LabourMarketMeasures' ? measures(labourMarketMeasures) : null,
    },
    {
      category: 'OCCUPATION_STATUS',
      outcome: occupationStatus,
      shown: occupationStatus.__typename === 'OccupationStatusHistory' ? occupationHistory(occupationStatus) : null,
    },
  ],
};
