/** The synthetic population: what every simulator and the coordination store are seeded from. */

import type { Agency, DataCategory, Role } from '@lotsen/kit';

export type { Agency, Role };

export interface Person {
  personnummer: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'FEMALE' | 'MALE';
  /** Valid in form only, beyond Skatteverket's test list. */
  synthetic: boolean;
}

export interface Guardian extends Person {
  hasCustody: boolean;
}

/** A region (health care is the region's) and the municipalities in it (docs/tenancy.md). */
export interface Region {
  name: string;
  municipalities: string[];
}

export interface Team {
  id: string;
  name: string;
  /** The team's home municipality (huvudman): the first of those it serves. */
  municipality: string;
  /** Every municipality whose families the team serves, the home municipality first. */
  municipalities: string[];
  /** The region the team also serves (its health care takes part in the team), or null. */
  region: string | null;
}

export interface User {
  username: string;
  name: string;
  role: Role;
  teamId?: string;
  agency?: Agency;
  /** For a GUARDIAN: their own personnummer, which links them to their children. */
  personnummer?: string;
  /** For AGENCY_STAFF and ANALYST: the municipality whose families they serve or count… */
  municipality?: string;
  /** …or the region, which covers every municipality in it (docs/tenancy.md). */
  region?: string;
}

export interface SchoolRecord {
  personId: string;
  schoolUnit: { id: string; name: string; code: string };
  schoolType: 'FS' | 'GR' | 'GY';
  schoolYear: number | null;
  group: { id: string; name: string };
  enroledSince: string;
  attendance: { startDate: string; endDate: string; offeredMinutes: number; attendedMinutes: number; validAbsenceMinutes: number; invalidAbsenceMinutes: number };
  supportMeasures: { id: string; kind: 'EXTRA_ADAPTATIONS' | 'SPECIAL_SUPPORT'; description: string; decidedOn: string; actionProgramme: boolean }[];
  studentHealthContacts: { id: string; date: string; profession: 'SCHOOL_NURSE' | 'COUNSELLOR' | 'PSYCHOLOGIST' | 'SCHOOL_DOCTOR' | 'SPECIAL_EDUCATOR'; reason: string }[];
}

export interface SocialRecord {
  clientId: string;
  cases: { caseId: string; subject: string; openedOn: string; status: 'OPEN' | 'CLOSED'; caseworker: { name: string; phone: string } }[];
  interventions: { id: string; kind: 'FAMILY_THERAPY' | 'HOUSING_SUPPORT' | 'CONTACT_PERSON' | 'CONTACT_FAMILY'; startDate: string; endDate: string | null; provider: string }[];
}

export interface HealthRecord {
  patientId: string;
  encounters: { id: string; date: string; organisation: string; kind: string; practitionerRole: string }[];
  appointments: { id: string; start: string; organisation: string; status: 'booked' | 'fulfilled' | 'cancelled'; serviceType: string }[];
  conditions: { id: string; code: string; display: string; recordedDate: string }[];
  careTeam: { id: string; name: string; organisation: string } | null;
}

export interface Child extends Person {
  school?: SchoolRecord;
  social?: SocialRecord;
  health?: HealthRecord;
}

export type ConsentMethod = 'WRITTEN' | 'DIGITAL_SIGNATURE' | 'DOCUMENTED_VERBAL';

export interface ConsentParty {
  personnummer: string;
  role: 'GUARDIAN' | 'CHILD';
  decision: 'GIVEN' | 'REFUSED' | null;
  decidedAt: string | null;
  method: ConsentMethod | null;
}

export interface ConsentScope {
  agency: Agency;
  categories: DataCategory[];
}

export interface Consent {
  id: string;
  childPersonnummer: string;
  /** A guardian's consent about their own data names that guardian, its only party (docs/consent.md, "A guardian's own data"). */
  subjectPersonnummer?: string;
  parties: ConsentParty[];
  scope: ConsentScope[];
  recipientTeamIds: string[];
  purpose: 'COORDINATION' | 'SIP' | 'FOLLOW_UP';
  validFrom: string;
  validUntil: string;
  evidence: { method: ConsentMethod; documentRef: string };
  recordedAt: string;
  recordedBy: string;
  revocation: { at: string; byPersonnummer: string; reason: string } | null;
}

export type OutcomeArea = 'HOME_LIFE' | 'SCHOOL' | 'LEISURE' | 'PARENTS_OCCUPATION';

export interface SipPlan {
  id: string;
  leadAgency: Agency;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
  /** The day the plan was agreed at its SIP meeting; a draft's, the day it was begun. */
  createdOn: string;
  nextFollowUp: string;
  participants: { name: string; agency: Agency | null; role: string }[];
  goals: {
    id: string;
    area: OutcomeArea;
    description: string;
    actions: { id: string; description: string; responsibleAgency: Agency; dueDate: string; status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED'; followUpDate: string | null }[];
  }[];
}

export interface Meeting {
  id: string;
  date: string;
  kind: 'COORDINATION' | 'SIP' | 'FOLLOW_UP' | 'JOINT_HOME_VISIT' | 'CHECK_IN';
  agencies: Agency[];
  summary: string;
}

export interface FollowUp {
  id: string;
  date: string;
  area: OutcomeArea;
  /** 1 (much worse) to 5 (much better), as in systematic follow-up. */
  rating: number;
  comment: string;
}

export interface Family {
  id: string;
  reference: string;
  /** 1-8 for the archetype families the README lists, null for the random rest. */
  archetype: number | null;
  teamId: string;
  coordinator: string;
  /** Where the children are registered (folkbokförda): one of the municipalities the team serves. */
  municipality: string;
  /** One or two guardians; with SOLE custody only the first has custody (vårdnad). */
  guardians: Guardian[];
  children: Child[];
  custody: 'JOINT' | 'SOLE';
  /** Skyddade personuppgifter: the register marks every member and gives no address out. */
  protectedIdentity: boolean;
  consents: Consent[];
  /** Agreed (ACTIVE) at its SIP meeting, or still a DRAFT when the family began too recently. */
  plan: SipPlan | null;
  /** Newest first, as the family's view lists them. */
  meetings: Meeting[];
  /** Ratings at the start and at follow-ups, in date order. */
  followUps: FollowUp[];
  /**
   * The day of the first contact with the family (on or before its first consent was recorded),
   * and the day its coordination began, with the first meeting. Both are weekdays.
   */
  firstContactOn: string;
  startedOn: string;
  /** Each parent's occupation (first or second parent) at the start and at each follow-up since, in date order. */
  occupations: OccupationRecord[];
}

export type Occupation = 'WORK' | 'STUDIES' | 'SICK_LEAVE' | 'UNEMPLOYED' | 'OTHER';

export interface OccupationRecord {
  recordedOn: string;
  parent: 1 | 2;
  occupation: Occupation;
}

/** A household as the register and the agencies know it, whether in coordination or not. */
export type Household = Pick<Family, 'reference' | 'guardians' | 'children' | 'custody' | 'protectedIdentity'>;

export interface Population {
  seed: number;
  today: string;
  regions: Region[];
  teams: Team[];
  users: User[];
  /** The families in coordination. */
  families: Family[];
  /**
   * Households the population register and the agencies know whose children are not in
   * coordination (yet): the children a coordinator can take in with createFamily. Their
   * references (H-00001…) are the generator's, not a team's.
   */
  outside: Household[];
}

/** Every household the existing systems know: the families in coordination and the rest. */
export const households = (population: Population): Household[] => [...population.families, ...population.outside];
