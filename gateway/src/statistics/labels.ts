/**
 * Swedish names of the parts of a figure's path in a statistics answer (the CSV's `beskrivning`
 * column, docs/analysts.md "CSV"): `families.started` reads "Familjer, påbörjade". Field names
 * and the enum values that name a list's elements are both here; a part not here (an alias, a
 * month, a list element's place) stands as it is, so a new field is never dropped, only unnamed.
 */
const names: Readonly<Record<string, string>> = {
  // The answer's own echo of what was asked.
  from: 'från',
  to: 'till',
  municipality: 'kommun',
  teamId: 'team',
  threshold: 'minsta antal som visas',
  key: 'nyckel',
  // Coordination's figures.
  families: 'familjer',
  children: 'barn',
  started: 'påbörjade',
  ongoing: 'pågående',
  closed: 'avslutade',
  consents: 'samtycken',
  byPurpose: 'per ändamål',
  byAgency: 'per verksamhet',
  all: 'alla',
  counts: 'antal',
  active: 'gällande',
  pending: 'väntande',
  expired: 'utgångna',
  revoked: 'återkallade',
  total: 'totalt',
  daysToFirstMeeting: 'dagar till första mötet',
  daysToAgreedSip: 'dagar till överenskommen SIP',
  mean: 'medelvärde',
  median: 'median',
  meetingsPerMonth: 'möten per månad',
  coordination: 'samverkansmöten',
  sip: 'SIP-möten',
  followUp: 'uppföljningsmöten',
  jointHomeVisit: 'gemensamma hembesök',
  checkIn: 'avstämningar',
  perFamily: 'per familj',
  followUpRatings: 'skattningar per område',
  atStart: 'vid start',
  followedUp: 'familjer skattade två gånger eller fler',
  latest: 'senaste',
  change: 'förändring',
  parentsOccupation: 'föräldrarnas sysselsättning',
  work: 'arbete',
  studies: 'studier',
  sickLeave: 'sjukskrivning',
  unemployed: 'arbetslösa',
  other: 'annat',
  notWorkingAtStart: 'varken arbete eller studier vid start',
  backInWorkOrStudies: 'andel av dem i arbete eller studier vid senaste uppgift',
  // The agencies' figures.
  school: 'skola',
  absenceByTermSinceStart: 'frånvaro per termin från start',
  termsSinceStart: 'terminer från start',
  absencePercent: 'frånvaro (procent)',
  supportMeasures: 'stödinsatser',
  byKind: 'per slag',
  atEnd: 'vid periodens slut',
  shareAtStart: 'andel vid start',
  shareAtEnd: 'andel vid periodens slut',
  socialServices: 'socialtjänst',
  interventionsByKind: 'insatser per slag',
  interventions: 'insatser',
  meanDays: 'medellängd (dagar)',
  healthCare: 'hälso- och sjukvård',
  careContactsByYear: 'vårdkontakter per år',
  year: 'år',
  childrenWithoutContact: 'barn utan kontakt',
  byUnitType: 'per enhetstyp',
  contacts: 'kontakter',
  contactsPerChild: 'kontakter per barn',
  // What names an element of a list: purposes, agencies, outcome areas, kinds, unit types.
  COORDINATION: 'samordning',
  SIP: 'SIP',
  FOLLOW_UP: 'uppföljning',
  SCHOOL: 'skola',
  SOCIAL_SERVICES: 'socialtjänst',
  HEALTH_CARE: 'hälso- och sjukvård',
  HOME_LIFE: 'vardagen hemma',
  LEISURE: 'fritid',
  PARENTS_OCCUPATION: 'föräldrarnas sysselsättning',
  EXTRA_ADAPTATIONS: 'extra anpassningar',
  SPECIAL_SUPPORT: 'särskilt stöd',
  ACTION_PROGRAMME: 'åtgärdsprogram',
  FAMILY_THERAPY: 'familjebehandling',
  HOUSING_SUPPORT: 'boendestöd',
  CONTACT_PERSON: 'kontaktperson',
  CONTACT_FAMILY: 'kontaktfamilj',
  OTHER: 'annat',
  BUP: 'BUP',
  HABILITATION: 'habilitering',
  PRIMARY_CARE: 'primärvård',
};

/**
 * A figure's path in words: each part by its Swedish name, separated by commas, the first with a
 * capital letter. The root `statistics` says nothing a reader of statistics needs; an alias (a
 * second answer in the same request) is kept, so that two answers' rows stay apart.
 */
export function describeFigure(path: readonly string[]): string {
  const parts = (path[0] === 'statistics' ? path.slice(1) : path).map((p) => (Object.hasOwn(names, p) ? (names[p] as string) : p));
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
