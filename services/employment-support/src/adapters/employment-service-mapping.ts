import type { Deltagare, Insats, Sysselsattningsperiod } from '../vendor-api.js';

/**
 * The employment service's records in the schema's terms. Its words for kinds and statuses are
 * kept as labels; a word the schema has no value for is OTHER, never a guess.
 */

const measureKinds: Record<string, string> = {
  Arbetsträning: 'WORK_TRAINING',
  'Studie- och yrkesvägledning': 'STUDY_AND_CAREER_GUIDANCE',
  Jobbcoachning: 'JOB_COACHING',
  'Arbetsrehabilitering (Finsam)': 'WORK_REHABILITATION',
};
const measureStatuses: Record<string, string> = { Planerad: 'PLANNED', Pågående: 'ONGOING', Avslutad: 'ENDED' };
const fundings: Record<string, string> = { Finsam: 'FINSAM', Kommunen: 'MUNICIPALITY' };
const occupationStatuses: Record<string, string> = { Arbete: 'WORK', Studier: 'STUDIES', Sjukskrivning: 'SICK_LEAVE', Arbetssökande: 'JOB_SEEKING', Övrigt: 'OTHER' };

const byStart = (a: { startdatum: string }, b: { startdatum: string }) => (a.startdatum < b.startdatum ? -1 : a.startdatum > b.startdatum ? 1 : 0);

/** A participant's enrolment and measures, in the order they began. */
export function labourMarketMeasuresOf(deltagare: Deltagare, insatser: readonly Insats[]) {
  return {
    enrolledOn: deltagare.inskrivningsdatum,
    dischargedOn: deltagare.utskrivningsdatum,
    dischargeReason: deltagare.utskrivningsorsak,
    caseworker: { name: deltagare.handlaggare.namn, phone: deltagare.handlaggare.telefon },
    office: deltagare.kontor,
    items: [...insatser].sort(byStart).map((i) => ({
      id: i.insatsId,
      kind: measureKinds[i.insatstyp] ?? 'OTHER',
      label: i.insatstyp,
      startDate: i.startdatum,
      plannedEndDate: i.planeratSlutdatum,
      endDate: i.slutdatum,
      status: statusOf(i),
      coach: { name: i.coach.namn, phone: i.coach.telefon },
      funding: fundings[i.finansiering] ?? 'OTHER',
    })),
  };
}

/** A status the schema cannot name is not shown as another: the system's answer is refused. */
function statusOf(insats: Insats): string {
  const status = measureStatuses[insats.status];
  if (!status) throw new Error(`employment service: unknown measure status '${insats.status}'`);
  return status;
}

/** The occupation periods, oldest first, with the status last recorded; null when none is recorded. */
export function occupationStatusOf(perioder: readonly Sysselsattningsperiod[]) {
  const periods = [...perioder]
    .sort((a, b) => (a.fran < b.fran ? -1 : a.fran > b.fran ? 1 : 0))
    .map((p) => ({ status: occupationStatuses[p.status] ?? 'OTHER', label: p.status, from: p.fran, to: p.till }));
  const current = periods.at(-1);
  return current ? { current: current.status, periods } : null;
}
