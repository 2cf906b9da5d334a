import type { Agency, Decision } from '@lotsen/kit';

/**
 * What a guardian is told instead of an agency's records: Lotsen shares data between agencies
 * under the family's consent; it is not the family's window into each agency's files. Each agency
 * gives a guardian access to its own records, and this says where.
 */
const whereToAsk: Record<Agency, string> = {
  SCHOOL: 'Skolans uppgifter om ditt barn visas inte här. Du får dem av skolan: fråga mentorn eller elevhälsan, eller se skolans egen plattform.',
  SOCIAL_SERVICES: 'Socialtjänstens uppgifter om ditt barn visas inte här. Du får dem av socialtjänsten: kontakta din handläggare eller socialkontoret i din kommun.',
  HEALTH_CARE: 'Vårdens journal om ditt barn visas inte här. Du läser den på 1177.se eller får den av mottagningen där barnet har vård.',
};

export function readAtAgency(agency: Agency): Decision {
  return { permit: false, reason: 'READ_AT_AGENCY', message: whereToAsk[agency] };
}
