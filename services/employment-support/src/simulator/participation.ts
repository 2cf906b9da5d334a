import { createHash } from 'node:crypto';
import type { Family, Guardian, Occupation, OccupationRecord, Population } from '@lotsen/agency-systems';
import { addDays, addMonths } from '@lotsen/kit';
import type { Deltagare, Insats, Insatsstatus, Kontakt, Sysselsattningsperiod } from '../vendor-api.js';

/** What arbetsmarknadsenheten holds of one participant. */
export interface Participation {
  deltagare: Deltagare;
  insatser: Insats[];
  perioder: Sysselsattningsperiod[];
}

const measureKinds = ['Arbetsträning', 'Studie- och yrkesvägledning', 'Jobbcoachning', 'Arbetsrehabilitering (Finsam)'] as const;
const staff = ['Amira Haddad', 'Johan Lindqvist', 'Sara Nyström', 'Erik Holm', 'Lina Bergkvist', 'Mehmet Aydin', 'Karin Ekdahl', 'Daniel Sjöberg'] as const;
const status: Record<Occupation, string> = { WORK: 'Arbete', STUDIES: 'Studier', SICK_LEAVE: 'Sjukskrivning', UNEMPLOYED: 'Arbetssökande', OTHER: 'Övrigt' };
const inWorkOrStudies = (o: Occupation) => o === 'WORK' || o === 'STUDIES';

/**
 * A share in [0, 1) fixed by the population's seed and a key, as the population's own traits are
 * drawn: the same population gives the same participants on every machine and every start.
 */
const shareOf = (seed: number, key: string) => createHash('sha256').update(`${seed}|employment-support|${key}`).digest().readUInt32BE(0) / 2 ** 32;
const pick = <T>(items: readonly T[], share: number): T => items[Math.floor(share * items.length)] as T;

/**
 * Arbetsmarknadsenheten's participants among the coordinated families' parents (docs/agencies.md,
 * "Employment support"): seven in ten of the parents coordination recorded as not working or
 * studying are referred, and enrolled one to eight weeks after the first such record. From then
 * it holds one to three measures in turn, each of three to eight months with a fortnight between,
 * and the parent's occupation as coordination recorded it at enrolment and at each follow-up. A
 * parent back at work or studies is discharged (utskriven) on that day; a measure not begun by
 * today is planned, and only the next one is. Households outside coordination have no recorded
 * occupation, and so no participant.
 */
export function participations(population: Population): Participation[] {
  return population.families.flatMap((family) =>
    family.guardians.flatMap((guardian, i) => {
      const parent = (i + 1) as 1 | 2;
      const records = family.occupations.filter((o) => o.parent === parent).sort((a, b) => (a.recordedOn < b.recordedOn ? -1 : a.recordedOn > b.recordedOn ? 1 : 0));
      const made = participationOf(population, family, parent, guardian, records);
      return made ? [made] : [];
    }),
  );
}

function participationOf(population: Population, family: Family, parent: 1 | 2, guardian: Guardian, records: OccupationRecord[]): Participation | null {
  const share = (key: string) => shareOf(population.seed, `${family.reference}|${parent}|${key}`);
  const referral = records.find((r) => !inWorkOrStudies(r.occupation));
  if (!referral || share('referred') >= 0.7) return null;
  const enrolled = addDays(referral.recordedOn, 7 + Math.floor(share('enrolled') * 50));
  if (enrolled > population.today) return null;
  const back = records.find((r) => r.recordedOn > enrolled && inWorkOrStudies(r.occupation));
  const discharged = back && back.recordedOn <= population.today ? back : null;
  const contact = (key: string): Kontakt => ({ namn: pick(staff, share(key)), telefon: `010-${String(200000 + Math.floor(share(`${key}|telefon`) * 800000))}` });
  const deltagarId = `AME-${String(Math.floor(share('id') * 1_000_000)).padStart(6, '0')}`;
  const { municipality } = family;
  const deltagare: Deltagare = {
    deltagarId,
    personnummer: guardian.personnummer,
    fornamn: guardian.givenName,
    efternamn: guardian.familyName,
    inskrivningsdatum: enrolled,
    utskrivningsdatum: discharged?.recordedOn ?? null,
    utskrivningsorsak: discharged ? (status[discharged.occupation] ?? null) : null,
    handlaggare: contact('handlaggare'),
    kontor: `Arbetsmarknadsenheten ${municipality}`.trim(),
  };
  return { deltagare, insatser: measuresOf(population.today, deltagare, share, contact), perioder: periodsOf(deltagare, records) };
}

function measuresOf(today: string, deltagare: Deltagare, share: (key: string) => number, contact: (key: string) => Kontakt): Insats[] {
  const end = deltagare.utskrivningsdatum;
  const measures: Insats[] = [];
  let start = addDays(deltagare.inskrivningsdatum, 7);
  for (let n = 1; n <= 1 + Math.floor(share('antal') * 3); n++) {
    if (end !== null && start >= end) break;
    const insatstyp = pick(measureKinds, share(`typ|${n}`));
    const planeratSlutdatum = addMonths(start, 3 + Math.floor(share(`langd|${n}`) * 6));
    const ended = end !== null && end < planeratSlutdatum ? end : planeratSlutdatum <= today ? planeratSlutdatum : null;
    const state: Insatsstatus = start > today ? 'Planerad' : ended !== null ? 'Avslutad' : 'Pågående';
    measures.push({
      insatsId: `${deltagare.deltagarId}-${n}`,
      deltagarId: deltagare.deltagarId,
      personnummer: deltagare.personnummer,
      insatstyp,
      startdatum: start,
      planeratSlutdatum,
      slutdatum: state === 'Avslutad' ? ended : null,
      status: state,
      coach: contact(`coach|${n}`),
      finansiering: insatstyp === 'Arbetsrehabilitering (Finsam)' || share(`finsam|${n}`) < 0.5 ? 'Finsam' : 'Kommunen',
    });
    // The next measure begins a fortnight after this one ended; only the next one is planned ahead.
    if (ended === null || state !== 'Avslutad') break;
    start = addDays(ended, 14);
  }
  return measures;
}

/**
 * The occupation from enrolment on: the status last recorded on or before it, then each change
 * coordination recorded up to the discharge, the last one open (`till` null).
 */
function periodsOf(deltagare: Deltagare, records: OccupationRecord[]): Sysselsattningsperiod[] {
  const from = deltagare.inskrivningsdatum;
  const until = deltagare.utskrivningsdatum;
  const atEnrolment = records.filter((r) => r.recordedOn <= from).at(-1);
  const changes = records.filter((r) => r.recordedOn > from && (until === null || r.recordedOn <= until));
  const periods: Sysselsattningsperiod[] = [];
  for (const r of [...(atEnrolment ? [{ ...atEnrolment, recordedOn: from }] : []), ...changes]) {
    const last = periods.at(-1);
    if (last?.status === status[r.occupation]) continue;
    if (last) last.till = addDays(r.recordedOn, -1);
    periods.push({ deltagarId: deltagare.deltagarId, personnummer: deltagare.personnummer, status: status[r.occupation], fran: r.recordedOn, till: null });
  }
  return periods;
}
