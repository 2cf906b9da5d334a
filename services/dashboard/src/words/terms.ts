import { type AgencyDeclaration, agencyManifest } from '@lotsen/kit/agency-manifest';
import type {
  ActionStatus,
  Agency,
  AttentionKind,
  ClosingReason,
  ConsentMethod,
  ConsentStatus,
  DataCategory,
  MeetingKind,
  Occupation,
  OutcomeArea,
  PartyDecision,
  PlanStatus,
  Purpose,
  Role,
} from '../gql/graphql.js';

/** The schema's enumerations in the words a Swedish user reads them in. */

const declared = agencyManifest as Record<Agency, AgencyDeclaration>;
const fromManifest = <T>(value: (agency: AgencyDeclaration) => T) => Object.fromEntries(agencies.map((a) => [a, value(declared[a])])) as Record<Agency, T>;

/** Every agency, in the manifest's order (services/kit/src/domain/agency-manifest.ts). */
export const agencies = Object.keys(agencyManifest) as Agency[];

/** The agencies whose data is about a child: a child's sections and a child's consents. */
export const childAgencies = agencies.filter((a) => declared[a].section.of === 'CHILD');

/** The agencies whose data is a guardian's own: a guardian's sections and a guardian's own consents. */
export const guardianAgencies = agencies.filter((a) => declared[a].section.of === 'GUARDIAN');

export const agencyName: Record<Agency, string> = fromManifest((a) => a.name);

/** The agency inside a sentence: "Samtycke saknas för socialtjänsten". */
export const agencyInSentence: Record<Agency, string> = fromManifest((a) => a.inSentence);

export const categoryName = Object.fromEntries(agencies.flatMap((a) => Object.entries(declared[a].categories).map(([category, c]) => [category, c.name]))) as Record<DataCategory, string>;

/** Where a guardian reads each agency's own records, when the graph's sentence is missing. */
export const readAtAgency: Record<Agency, string> = fromManifest((a) => a.readAtAgency);

/** Which categories belong to which agency, in the order the family page shows them. */
export const categoriesOf: Record<Agency, DataCategory[]> = fromManifest((a) => Object.keys(a.categories) as DataCategory[]);

export const roleName: Record<Role, string> = {
  COORDINATOR: 'Koordinator',
  TEAM_LEAD: 'Teamledare',
  GUARDIAN: 'Vårdnadshavare',
  AGENCY_STAFF: 'Personal i verksamhet',
  ANALYST: 'Analytiker',
  FAMILY_REPRESENTATIVE: 'Familjeombud',
  MANAGEMENT_GROUP: 'Ledningsgrupp',
  CATALOGUE_KEEPER: 'Ansvarig för stödkatalogen',
};

export const consentStatusName: Record<ConsentStatus, string> = { ACTIVE: 'Gäller', PENDING: 'Väntar', EXPIRED: 'Har upphört', REVOKED: 'Återkallat' };

export const purposeName: Record<Purpose, string> = {
  COORDINATION: 'Samordning kring barnet och familjen',
  SIP: 'Samordnad individuell plan (SIP)',
  FOLLOW_UP: 'Uppföljning: barnet räknas i statistik, utan att visas som person',
};

export const purposeShortName: Record<Purpose, string> = { COORDINATION: 'Samordning', SIP: 'SIP', FOLLOW_UP: 'Uppföljning' };

export const methodName: Record<ConsentMethod, string> = {
  WRITTEN: 'Skriftligt',
  DIGITAL_SIGNATURE: 'Digital underskrift',
  DOCUMENTED_VERBAL: 'Muntligt, dokumenterat',
  // A guardian's own decision on their page, signed in with e-legitimation.
  DIGITAL: 'Digitalt i Lotsen',
};

export const decisionName: Record<PartyDecision, string> = { GIVEN: 'Samtycker', REFUSED: 'Samtycker inte' };

export const meetingKindName: Record<MeetingKind, string> = {
  COORDINATION: 'Samverkansmöte med familjen',
  SIP: 'SIP-möte',
  FOLLOW_UP: 'Uppföljningsmöte',
  JOINT_HOME_VISIT: 'Gemensamt hembesök',
  CHECK_IN: 'Avstämning mellan verksamheterna',
};

export const outcomeAreaName: Record<OutcomeArea, string> = {
  HOME_LIFE: 'Vardagen hemma',
  SCHOOL: 'Barnens skolgång',
  LEISURE: 'Barnens fritid',
  PARENTS_OCCUPATION: 'Föräldrarnas sysselsättning',
};

export const outcomeAreas: OutcomeArea[] = ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'];

/** A follow-up's rating (1 to 5) in words: how things have gone in the area. */
export const ratingName: Record<number, string> = { 1: 'mycket sämre', 2: 'sämre', 3: 'oförändrat', 4: 'bättre', 5: 'mycket bättre' };

export const planStatusName: Record<PlanStatus, string> = { DRAFT: 'Utkast', ACTIVE: 'Gäller', CLOSED: 'Avslutad' };

/** Why a family's coordination ended (closeFamily), as the form offers it. */
export const closingReasonName: Record<ClosingReason, string> = {
  GOALS_MET: 'Målen är nådda',
  MOVED: 'Familjen har flyttat',
  DECLINED_TO_CONTINUE: 'Familjen ville inte fortsätta',
  OTHER: 'Annat',
};

export const closingReasons: ClosingReason[] = ['GOALS_MET', 'MOVED', 'DECLINED_TO_CONTINUE', 'OTHER'];

/** A parent's occupation (sysselsättning), as the statistics count it. */
export const occupationName: Record<Occupation, string> = {
  WORK: 'Arbete',
  STUDIES: 'Studier',
  SICK_LEAVE: 'Sjukskrivning',
  UNEMPLOYED: 'Arbetslös',
  OTHER: 'Annat, till exempel föräldraledighet',
};

export const occupations: Occupation[] = ['WORK', 'STUDIES', 'SICK_LEAVE', 'UNEMPLOYED', 'OTHER'];

export const actionStatusName: Record<ActionStatus, string> = { PLANNED: 'Planerad', IN_PROGRESS: 'Pågår', DONE: 'Klar', CANCELLED: 'Avbruten' };

/** A work-list signal in a few words; the sentence itself comes from the graph (Attention.text). */
export const attentionName: Record<AttentionKind, string> = {
  CONSENT_PENDING: 'Samtycke väntar',
  CONSENT_EXPIRING: 'Samtycke upphör snart',
  FOLLOW_UP_OVERDUE: 'Uppföljning försenad',
  ACTION_OVERDUE: 'Insats försenad',
  NO_JOINT_HOME_VISIT: 'Hembesök saknas',
  NO_CHECK_IN: 'Avstämning saknas',
};
