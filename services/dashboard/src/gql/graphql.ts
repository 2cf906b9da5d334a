/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionStatus =
  /** Avbruten */
  | 'CANCELLED'
  /** Klar */
  | 'DONE'
  /** Pågår */
  | 'IN_PROGRESS'
  /** Planerad */
  | 'PLANNED';

/** The child's age, in a band: never a birth date. */
export type AgeBand = 'AGE_6_TO_9' | 'AGE_10_TO_12' | 'AGE_13_TO_15' | 'AGE_16_TO_17' | 'UNDER_6';

/** An agency whose existing system Lotsen federates (the agency manifest). */
export type Agency =
  /** Arbetsmarknadsenheten */
  | 'EMPLOYMENT_SUPPORT'
  /** Hälso- och sjukvården */
  | 'HEALTH_CARE'
  /** Skola och elevhälsa */
  | 'SCHOOL'
  /** Socialtjänsten */
  | 'SOCIAL_SERVICES';

/** Kind of failure of an agency system. */
export type AgencyFailureKind = 'CIRCUIT_OPEN' | 'TIMEOUT' | 'UNAVAILABLE';

export type AssignmentChangeKind =
  /** Tilldelningen som den stod när historiken började föras; vem som gjorde den är inte känt */
  | 'BEFORE_HISTORY'
  /** Flyttad till ett annat team */
  | 'MOVED'
  /** Ny koordinator i samma team */
  | 'REASSIGNED'
  /** Familjen togs in i samordning */
  | 'TAKEN_IN';

export type AttentionKind =
  /** En SIP-insats är försenad */
  | 'ACTION_OVERDUE'
  /** Samtycket upphör inom 30 dagar */
  | 'CONSENT_EXPIRING'
  /** Samtycke väntar på en part (or custody could not be checked) */
  | 'CONSENT_PENDING'
  /** Uppföljning av SIP försenad */
  | 'FOLLOW_UP_OVERDUE'
  /** Ingen avstämning mellan verksamheterna inom teamets intervall */
  | 'NO_CHECK_IN'
  /** Inget gemensamt hembesök inom teamets intervall */
  | 'NO_JOINT_HOME_VISIT';

/** Kind of care unit (enhetstyp), as the region types its units. */
export type CareUnitType =
  /** Barn- och ungdomspsykiatrin (BUP) */
  | 'BUP'
  /** Habiliteringen */
  | 'HABILITATION'
  /** Primärvården: vårdcentralerna */
  | 'PRIMARY_CARE';

export type CaseStatus = 'CLOSED' | 'OPEN';

export type CloseFamilyInput = {
  /** Today or earlier, not before coordination began. */
  date: string;
  familyId: string | number;
  /** The closing follow-up: one rating for each of the four outcome areas. */
  followUp: Array<ClosingFollowUpInput>;
  /** The parents' occupation at the closing: the first parent's, then the second's if there is one. */
  parentsOccupation: Array<Occupation>;
  reason: ClosingReason;
  /** Skäl (annat): required when the reason is OTHER; at most 500 characters. */
  reasonText?: string | null | undefined;
};

export type ClosingFollowUpInput = {
  area: OutcomeArea;
  /** Kommentar: at most 2,000 characters. */
  comment?: string | null | undefined;
  /** 1 (very poor) to 5 (very good). */
  rating: number;
};

/** Why coordination ended. */
export type ClosingReason =
  /** Familjen ville inte fortsätta */
  | 'DECLINED_TO_CONTINUE'
  /** Målen är nådda */
  | 'GOALS_MET'
  /** Familjen har flyttat */
  | 'MOVED'
  /** Annat skäl, beskrivet i reasonText */
  | 'OTHER';

export type ConsentDecisionInput = {
  consentId: string | number;
  decision: PartyDecision;
  /** Required of a coordinator (how the decision reached them; not DIGITAL). A guardian's own decision is DIGITAL: leave it out or give DIGITAL. */
  method?: ConsentMethod | null | undefined;
  personnummer: string;
};

export type ConsentEvidenceInput = {
  /** Dokumentreferens: the signed form or the journal note, 1 to 200 characters. */
  documentRef: string;
  /** How the consent was given: WRITTEN, DIGITAL_SIGNATURE or DOCUMENTED_VERBAL (never DIGITAL). */
  method: ConsentMethod;
};

export type ConsentMethod =
  /** Digitalt: the guardian gave their own decision in Lotsen, signed in with e-identification. Only for a guardian's own decision; never a consent's evidence. */
  | 'DIGITAL'
  /** Digital underskrift: a document signed with e-identification, elsewhere */
  | 'DIGITAL_SIGNATURE'
  /** Muntligt, dokumenterat: told to staff, who noted it */
  | 'DOCUMENTED_VERBAL'
  /** Skriftligt: a signed form */
  | 'WRITTEN';

export type ConsentScopeInput = {
  agency: Agency;
  categories: Array<DataCategory>;
};

export type ConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  /** A required party has not consented yet, or validity has not begun. */
  | 'PENDING'
  /** Återkallat */
  | 'REVOKED';

export type ConsultationEventKind = 'ADVICE_RECORDED' | 'BECAME_FAMILY' | 'OUTCOME_RECORDED' | 'PLACED_ON_AGENDA' | 'PRIORITISED' | 'REQUESTED' | 'TAKEN_OFF_AGENDA';

export type ConsultationOutcome =
  /** Råd gavs: the principal and the agencies go on with the advice. */
  | 'ADVICE_GIVEN'
  /** Avslutat utan råd. */
  | 'CLOSED_WITHOUT_ADVICE'
  /** Föreslås samordning: the family is to be asked for consent to coordination. */
  | 'PROPOSED_FOR_COORDINATION';

export type ConsultationPriority = 'HIGH' | 'LOW' | 'NORMAL';

/** Where a case is: requested, prioritised, on a meeting's agenda, concluded with an outcome. */
export type ConsultationStatus = 'CONCLUDED' | 'PRIORITISED' | 'REQUESTED' | 'SCHEDULED';

export type ContactPersonInput = {
  agency?: Agency | null | undefined;
  email?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** At most 200 characters. */
  organisation?: string | null | undefined;
  /** A Swedish number, as for a service. */
  phone?: string | null | undefined;
  /** At most 200 characters. */
  role: string;
};

export type CreateFamilyInput = {
  /** The children's personnummer or samordningsnummer; names and guardians come from folkbokföringen. */
  children: Array<string>;
  /** The municipality the children are registered in: required when the coordinator's team serves more than one, and one of the team's. */
  municipality?: string | null | undefined;
};

export type CustodyKind =
  /** Gemensam vårdnad */
  | 'JOINT'
  /** The register names no guardian with custody: nobody can consent for the child. */
  | 'NONE'
  /** Ensam vårdnad */
  | 'SOLE';

/** Kind of data that a consent (samtycke) covers, per agency. */
export type DataCategory =
  /** HEALTH_CARE: booked appointments */
  | 'APPOINTMENTS'
  /** SCHOOL: aggregated attendance and absence (frånvaro) */
  | 'ATTENDANCE'
  /** HEALTH_CARE: care contacts (vårdkontakter) */
  | 'CARE_CONTACTS'
  /** SOCIAL_SERVICES: open cases (ärenden) and caseworker (handläggare) */
  | 'CASE'
  /** HEALTH_CARE: diagnoses */
  | 'DIAGNOSES'
  /** SCHOOL: school unit, school type, year and class */
  | 'ENROLMENT'
  /** SOCIAL_SERVICES: interventions (insatser): familjebehandling, boendestöd, kontaktperson */
  | 'INTERVENTIONS'
  /** EMPLOYMENT_SUPPORT: a guardian's own enrolment at arbetsmarknadsenheten, handläggare and labour market measures (insatser): arbetsträning, jobbcoachning, Finsam rehabilitation */
  | 'LABOUR_MARKET_MEASURES'
  /** EMPLOYMENT_SUPPORT: a guardian's own occupation status (sysselsättning) and its history since enrolment */
  | 'OCCUPATION_STATUS'
  /** SCHOOL: student health (elevhälsa) contacts */
  | 'STUDENT_HEALTH'
  /** SCHOOL: extra adaptations (extra anpassningar), special support (särskilt stöd), action programmes (åtgärdsprogram) */
  | 'SUPPORT_MEASURES';

/** Why a section was not released. A dashboard turns each into a sentence. */
export type DenialReason =
  /**
   * The person has blocked (spärr) these records in the agency's own system, as a patient blocks a
   * care unit's records or a kind of information from other units: withheld whatever the consent
   * says. Nothing is said of what the block covers beyond this section.
   */
  | 'BLOCKED_AT_AGENCY'
  /** A consent exists for the agency but does not cover this kind of data. */
  | 'CATEGORY_NOT_COVERED'
  /** The consent's validity has ended. */
  | 'EXPIRED'
  /** The family's coordination has ended (closeFamily): its consents for coordination ended with it, and nothing more is read. The message gives the day. */
  | 'FAMILY_CLOSED'
  /** The asking user is not assigned to the child's family. */
  | 'NOT_ASSIGNED'
  /** No consent (samtycke) is recorded for this child and agency. */
  | 'NO_CONSENT'
  /** A required party (vårdnadshavare or the child) has not yet consented. */
  | 'PENDING'
  /**
   * The asker is the child's vårdnadshavare: a guardian reads the agency's own records at the
   * agency itself (the school, the social services office, 1177 for health care), not through
   * Lotsen. The message says where.
   */
  | 'READ_AT_AGENCY'
  /** The consent does not name the asking team or person as a recipient. */
  | 'RECIPIENT_NOT_COVERED'
  /** The consent was revoked (återkallat). */
  | 'REVOKED'
  /** Consent or audit could not be checked, so nothing is released (fail closed). */
  | 'UNAVAILABLE';

/** Either serviceId or person; about is at most 500 characters. */
export type FamilyContactInput = {
  about?: string | null | undefined;
  familyId: string | number;
  person?: ContactPersonInput | null | undefined;
  serviceId?: string | number | null | undefined;
};

export type GiveRepresentativeInput = {
  familyId: string | number;
  /** What this guardian allows, at least one. */
  permissions: Array<RepresentativePermission>;
  /** The representative's username (one of representativeChoices). */
  representative: string;
};

export type HandleObstacleInput = {
  /** The measure taken, 1 to 2,000 characters. */
  measure: string;
  obstacleId: string | number;
};

export type InterventionKind =
  /** Kontaktfamilj */
  | 'CONTACT_FAMILY'
  /** Kontaktperson */
  | 'CONTACT_PERSON'
  /** Familjebehandling */
  | 'FAMILY_THERAPY'
  /** Boendestöd */
  | 'HOUSING_SUPPORT'
  | 'OTHER';

export type LabourMarketMeasureKind =
  /** Jobbcoachning */
  | 'JOB_COACHING'
  | 'OTHER'
  /** Studie- och yrkesvägledning */
  | 'STUDY_AND_CAREER_GUIDANCE'
  /** Arbetsrehabilitering (Finsam) */
  | 'WORK_REHABILITATION'
  /** Arbetsträning */
  | 'WORK_TRAINING';

export type LabourMarketMeasureStatus =
  /** Avslutad */
  | 'ENDED'
  /** Pågående */
  | 'ONGOING'
  /** Planerad: decided, not yet begun. */
  | 'PLANNED';

export type LinkConsultationInput = {
  caseId: string | number;
  familyId: string | number;
};

export type MeetingKind =
  /** Avstämning mellan verksamheterna, utan familjen */
  | 'CHECK_IN'
  /** Samverkansmöte med familjen */
  | 'COORDINATION'
  /** Uppföljningsmöte */
  | 'FOLLOW_UP'
  /** Gemensamt hembesök (koordinatorn och en verksamhet hos familjen) */
  | 'JOINT_HOME_VISIT'
  /** SIP-möte */
  | 'SIP';

export type NarrowConsentInput = {
  consentId: string | number;
  /** Skäl: optional, at most 500 characters. */
  reason?: string | null | undefined;
  /** The scope that remains: a subset of the current one. */
  scope: Array<ConsentScopeInput>;
};

export type ObstacleKind =
  /** Ett beslut eller en överenskommelse följdes inte */
  | 'DECISION_NOT_FOLLOWED'
  /** Information delades inte, så familjen fick upprepa sig */
  | 'INFORMATION_NOT_SHARED'
  /** Ingen fick kontakt, eller ingen svarade */
  | 'NO_CONTACT'
  /** Annat hinder */
  | 'OTHER'
  /** Familjen skickades mellan verksamheter */
  | 'SENT_BETWEEN'
  /** Lång väntetid */
  | 'WAITING_TIME';

export type Occupation =
  /** Annat (t.ex. föräldraledighet) */
  | 'OTHER'
  /** Sjukskrivning */
  | 'SICK_LEAVE'
  /** Studier */
  | 'STUDIES'
  /** Arbetslös */
  | 'UNEMPLOYED'
  /** Arbete */
  | 'WORK';

export type OccupationStatus =
  /** Arbetssökande */
  | 'JOB_SEEKING'
  /** Övrigt */
  | 'OTHER'
  /** Sjukskrivning */
  | 'SICK_LEAVE'
  /** Studier */
  | 'STUDIES'
  /** Arbete */
  | 'WORK';

export type OpeningHoursInput = {
  /** HH:MM after opens, at most 24:00. */
  closes: string;
  day: Weekday;
  /** HH:MM, e.g. 08:00. */
  opens: string;
};

/** What kind of organisation a user serves (docs/tenancy.md). */
export type OrganisationKind =
  /** A municipality (kommun): its own families. */
  | 'MUNICIPALITY'
  /** A region (region): every municipality in it. Health care is the region's. */
  | 'REGION';

export type OutcomeArea =
  /** Vardagen hemma */
  | 'HOME_LIFE'
  /** Barnens fritid */
  | 'LEISURE'
  /** Föräldrarnas sysselsättning */
  | 'PARENTS_OCCUPATION'
  /** Barnens skolgång */
  | 'SCHOOL';

export type ParentsOccupationInput = {
  date: string;
  familyId: string | number;
  /** The first parent's occupation, then the second's if there is one. */
  parents: Array<Occupation>;
};

export type PartyDecision = 'GIVEN' | 'REFUSED';

export type PartyDecisionInput = {
  decision: PartyDecision;
  /** How the decision reached the coordinator (not DIGITAL, which is a guardian's own). */
  method: ConsentMethod;
  personnummer: string;
};

export type PartyRole = 'CHILD' | 'GUARDIAN';

export type PlaceOnAgendaInput = {
  caseId: string | number;
  /** Null takes the case off its agenda. */
  meetingId?: string | number | null | undefined;
  note?: string | null | undefined;
  position?: number | null | undefined;
};

export type PlanConsultationMeetingInput = {
  date: string;
};

export type PlanStatus = 'ACTIVE' | 'CLOSED' | 'DRAFT';

export type PrioritiseConsultationInput = {
  caseId: string | number;
  priority: ConsultationPriority;
  reason?: string | null | undefined;
};

export type Purpose =
  /** Samordning: the coordination team reads the agencies' data about the child. */
  | 'COORDINATION'
  /** Uppföljning: the child may be counted in the agencies' follow-up statistics (never shown as a person). */
  | 'FOLLOW_UP'
  /** SIP: the plan is shared with the agencies that take part in it. */
  | 'SIP';

export type ReassignFamilyInput = {
  /** The coordinator's username; their team becomes the family's team. */
  coordinator: string;
  familyId: string | number;
};

export type RecordChildViewInput = {
  consentId: string | number;
  /** The child's view in the child's or the coordinator's words (at most 2,000 characters). */
  view: string;
};

export type RecordConsentInput = {
  /** The child whose data it is, or, with guardian, the child through whose family the guardian is in coordination. */
  child: string;
  /** Barnets inställning: at most 2,000 characters; required from 12. */
  childView?: string | null | undefined;
  decisions?: Array<PartyDecisionInput> | null | undefined;
  evidence: ConsentEvidenceInput;
  /**
   * For a consent about a guardian's own data (an agency whose section is a guardian's, such as
   * employment support): that guardian, who must have custody of the child today and is its only
   * party. The scope then names only such agencies; left out, the consent is about the child.
   */
  guardian?: string | null | undefined;
  purpose: Purpose;
  /** Teams that may receive the data; the family's own team when left out. */
  recipientTeamIds?: Array<string | number> | null | undefined;
  scope: Array<ConsentScopeInput>;
  validFrom: string;
  /** At most 12 months after validFrom (policy), and not in the past. */
  validUntil: string;
};

export type RecordConsultationAdviceInput = {
  advice: string;
  caseId: string | number;
};

export type RecordConsultationOutcomeInput = {
  caseId: string | number;
  note?: string | null | undefined;
  outcome: ConsultationOutcome;
};

export type RecordFollowUpInput = {
  area: OutcomeArea;
  /** Kommentar: at most 2,000 characters. */
  comment?: string | null | undefined;
  /** Today or earlier. */
  date: string;
  familyId: string | number;
  /** 1 to 5. */
  rating: number;
};

export type RecordMeetingInput = {
  agencies: Array<Agency>;
  /** The day; a day ahead books the meeting. */
  date: string;
  /** Längd: 5 to 720 minutes, only with a time; 60 when a time is given without it or endTime. It ends the same day. */
  durationMinutes?: number | null | undefined;
  /** Sluttid: HH:MM after time, instead of durationMinutes. */
  endTime?: string | null | undefined;
  familyId: string | number;
  kind: MeetingKind;
  /** Plats: at most 200 characters. Optional. */
  place?: string | null | undefined;
  /** Sammanfattning: 1 to 2,000 characters. */
  summary: string;
  /** Tid: when it starts, Swedish time, HH:MM (e.g. 09:30). Optional. */
  time?: string | null | undefined;
};

export type RecordObstacleInput = {
  /** The agency; leave out for another part of the support. */
  agency?: Agency | null | undefined;
  /** What happened, 1 to 2,000 characters; no personal identity number. */
  description: string;
  familyId: string | number;
  kind: ObstacleKind;
  /** The day it happened: today or earlier, at most two years back. */
  occurredOn: string;
};

export type RepeatedStory =
  /** Ja, många gånger */
  | 'MANY_TIMES'
  /** Nej */
  | 'NO'
  /** Ja, någon gång */
  | 'SOMETIMES';

export type RepresentativeEventKind =
  /** A guardian stated what they allow the representative (replacing what they allowed before) */
  | 'GIVEN'
  /** A guardian withdrew the representative: nothing any guardian allowed before holds */
  | 'WITHDRAWN';

export type RepresentativePermission =
  /** Läsa familjens sida: planen, mötena och hindren, aldrig verksamheternas uppgifter */
  | 'READ_PAGE'
  /** Registrera hinder som familjen möter */
  | 'RECORD_OBSTACLES'
  /** Delta i SIP som familjens ombud */
  | 'SIP_PARTICIPANT';

export type RequestConsultationInput = {
  ageBand: AgeBand;
  question: string;
  schoolUnit?: string | null | undefined;
  schoolYear?: number | null | undefined;
  teamId: string | number;
};

export type RevokeConsentInput = {
  consentId: string | number;
  /** Skäl: optional (a party revokes without giving a reason), at most 500 characters. */
  reason?: string | null | undefined;
  /** The party who revokes: one who gave the consent (a guardian revoking on their page: themself). */
  revokedBy: string;
};

export type Role =
  /** Personal i en verksamhet (skola, socialtjänst, hälso- och sjukvård…) */
  | 'AGENCY_STAFF'
  /** Analytiker: uppföljning, aldrig en person */
  | 'ANALYST'
  /** Ansvarig för stödkatalogen: kommunens och regionens stöd, kontaktvägar och öppettider */
  | 'CATALOGUE_KEEPER'
  /** Koordinator / familjelots */
  | 'COORDINATOR'
  /** Familjeombud: företräder en familj, med det familjen har låtit ombudet göra */
  | 'FAMILY_REPRESENTATIVE'
  /** Vårdnadshavare */
  | 'GUARDIAN'
  /** Ledningsgrupp: hanterar de hinder familjer möter */
  | 'MANAGEMENT_GROUP'
  /** Teamledare */
  | 'TEAM_LEAD';

export type SipActionInput = {
  /** Insatsens beskrivning: 1 to 2,000 characters. */
  description: string;
  dueDate?: string | null | undefined;
  followUpDate?: string | null | undefined;
  /** An action of this plan, kept with its history; a new action when left out. */
  id?: string | number | null | undefined;
  responsibleAgency: Agency;
  /** Left out: an existing action keeps its status (an agency may have changed it since the plan was read); a new one is PLANNED. */
  status?: ActionStatus | null | undefined;
};

export type SipGoalInput = {
  /** At most 50. */
  actions: Array<SipActionInput>;
  area: OutcomeArea;
  /** Målets beskrivning: 1 to 2,000 characters. */
  description: string;
  /** A goal of this plan, kept; a new goal when left out. */
  id?: string | number | null | undefined;
};

export type SipParticipantInput = {
  agency?: Agency | null | undefined;
  /** Deltagarens namn: 1 to 200 characters. */
  name: string;
  /** Deltagarens roll: 1 to 200 characters. */
  role: string;
};

/** Which families statistics count: those in coordination at some time in the period, of one municipality or team, or all. */
export type StatisticsFilter = {
  /** The first day of a calendar quarter, e.g. 2026-01-01 (with to; or give lastQuarters instead). */
  from?: string | null | undefined;
  /** The last 1 to 8 quarters, the present one included (counted up to today): a question that stays the same as time passes. */
  lastQuarters?: number | null | undefined;
  /** A municipality (e.g. Exempelkommun), one the analyst's organisation covers; all it covers when left out. */
  municipality?: string | null | undefined;
  /** A team; a team lead's own team whatever is asked. */
  teamId?: string | number | null | undefined;
  /** The last day of a calendar quarter, e.g. 2026-12-31; at most eight quarters after from. */
  to?: string | null | undefined;
};

/** The kinds of support a school gives (skollagen, 3 kap.), as the follow-up counts them. */
export type SupportKind =
  /** Åtgärdsprogram: beslutet om särskilt stöd, så ett barn med ett räknas i regel också under SPECIAL_SUPPORT. */
  | 'ACTION_PROGRAMME'
  /** Extra anpassningar: stöd inom den ordinarie undervisningen, utan formellt beslut. */
  | 'EXTRA_ADAPTATIONS'
  /** Särskilt stöd: beslutat av rektor efter utredning. */
  | 'SPECIAL_SUPPORT';

export type SupportMeasureKind =
  /** Extra anpassningar */
  | 'EXTRA_ADAPTATIONS'
  /** Särskilt stöd */
  | 'SPECIAL_SUPPORT';

export type SupportRating =
  /** Ganska dåligt */
  | 'BAD'
  /** Ganska bra */
  | 'GOOD'
  /** Varken bra eller dåligt */
  | 'OK'
  /** Mycket dåligt */
  | 'VERY_BAD'
  /** Mycket bra */
  | 'VERY_GOOD';

export type SupportSearch = {
  /** Services of this agency. */
  agency?: Agency | null | undefined;
  /** Services for this municipality: its own and those that serve every municipality (a region's, a national one). */
  municipality?: string | null | undefined;
  /** Only services open now (Swedish time), by their opening hours. */
  openNow?: boolean | null | undefined;
  /** Words to find, at most 100 characters; everything when left out or blank. */
  text?: string | null | undefined;
};

export type SupportServiceChangeKind =
  /** Tillagd i katalogen */
  | 'ADDED'
  /** Ändrad eller granskad */
  | 'CHANGED'
  /** Borttagen ur katalogen */
  | 'RETIRED';

/** A service as the catalogue keeper writes it; saving it again unchanged records a review. */
export type SupportServiceInput = {
  agency?: Agency | null | undefined;
  /** An e-mail address, at most 254 characters. */
  email?: string | null | undefined;
  /** At most 500 characters. */
  forWhom: string;
  /** Each at most 100 characters; none for a service of every municipality. */
  municipalities: Array<string>;
  /** At most 200 characters. */
  name: string;
  /** At most 2,000 characters. */
  offers: string;
  /** At most three periods a day, not overlapping. */
  openingHours: Array<OpeningHoursInput>;
  /** At most 500 characters. */
  openingNote?: string | null | undefined;
  /** At most 200 characters. */
  organisation: string;
  /** A Swedish number: 0 and 7 to 10 digits (spaces and dashes as written), +46, or a short number such as 1177. */
  phone?: string | null | undefined;
  /** At most 300 characters. */
  visitingAddress?: string | null | undefined;
  /** An http or https address, at most 500 characters. */
  web?: string | null | undefined;
};

/** Why a figure is not shown. */
export type SuppressionReason =
  /** No figure is published with it any more: it hid a cell with a small count of its table when figures were suppressed without perturbation (every figure is perturbed now). */
  | 'COMPLEMENTARY'
  /** A mean or share whose base is fewer than the threshold (as published, after perturbation). */
  | 'SMALL_BASE'
  /** Fewer than the threshold (as published, after perturbation): it could point at a person. */
  | 'SMALL_COUNT';

export type SurveyAnswerInput = {
  /** Vill du berätta mer? Optional, at most 1,000 characters. */
  freeText?: string | null | undefined;
  knowsWhom: boolean;
  repeated: RepeatedStory;
  /** The guardian themself, or a child of theirs of 12 or more answering with them. */
  respondent: string;
  roundId: string | number;
  support: SupportRating;
};

export type SurveyQuestionId =
  /** Vill du berätta mer? (frivillig fritext) */
  | 'FREE_TEXT'
  /** Vet ni vem ni ska vända er till? */
  | 'KNOWS_WHOM'
  /** Har ni behövt upprepa er historia? */
  | 'REPEATED'
  /** Hur har stödet varit? */
  | 'SUPPORT';

export type SurveyRespondentKind =
  /** Barn från 12 år */
  | 'CHILD'
  /** Vårdnadshavare */
  | 'GUARDIAN';

export type UpdatePlanInput = {
  /** The plan's version the change was made on (SipPlan.version): if someone saved since, nothing is saved and the error (CONFLICT) says so. Left out, the change is saved whatever came before. */
  basedOnVersion?: number | null | undefined;
  familyId: string | number;
  /** At most 50. */
  goals: Array<SipGoalInput>;
  leadAgency: Agency;
  nextFollowUp?: string | null | undefined;
  /** At most 50. */
  participants: Array<SipParticipantInput>;
  status: PlanStatus;
};

export type Weekday = 'FRIDAY' | 'MONDAY' | 'SATURDAY' | 'SUNDAY' | 'THURSDAY' | 'TUESDAY' | 'WEDNESDAY';

export type GuardianSectionsFragment = {
  __typename: 'Guardian';
  personnummer: string;
  employmentSupport: {
    __typename: 'EmploymentSupportSection';
    labourMarketMeasures:
      | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
      | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
      | {
          __typename: 'LabourMarketMeasures';
          enrolledOn: string;
          dischargedOn: string | null;
          dischargeReason: string | null;
          caseworker: { __typename: 'EmploymentSupportContact'; name: string; phone: string };
          items: Array<{
            __typename: 'LabourMarketMeasure';
            kind: LabourMarketMeasureKind;
            label: string;
            startDate: string;
            plannedEndDate: string;
            endDate: string | null;
            status: LabourMarketMeasureStatus;
            coach: { __typename: 'EmploymentSupportContact'; name: string; phone: string };
          }>;
        }
      | { __typename: 'NotRecorded' };
    occupationStatus:
      | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
      | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
      | { __typename: 'NotRecorded' }
      | { __typename: 'OccupationStatusHistory'; periods: Array<{ __typename: 'OccupationPeriod'; status: OccupationStatus; label: string; from: string; to: string | null }> };
  };
};

export type AgencyActionsQueryVariables = Exact<{ [key: string]: never }>;

export type AgencyActionsQuery = {
  agencyActions: Array<{
    __typename: 'AgencyAction';
    familyReference: string;
    children: Array<string>;
    area: OutcomeArea;
    goal: string;
    nextFollowUp: string | null;
    action: {
      __typename: 'SipAction';
      id: string;
      description: string;
      responsibleAgency: Agency;
      dueDate: string | null;
      status: ActionStatus;
      followUpDate: string | null;
      latestNote: { __typename: 'ActionStatusChange'; at: string; status: ActionStatus; note: string | null; byName: string; agency: Agency | null } | null;
    };
  }>;
};

export type UpdateActionStatusMutationVariables = Exact<{
  actionId: string | number;
  status: ActionStatus;
  note?: string | null | undefined;
}>;

export type UpdateActionStatusMutation = {
  updateActionStatus: {
    __typename: 'SipAction';
    id: string;
    status: ActionStatus;
    latestNote: { __typename: 'ActionStatusChange'; at: string; status: ActionStatus; note: string | null; byName: string; agency: Agency | null } | null;
  };
};

export type FamilyClosingFieldsFragment = { __typename: 'FamilyClosing'; date: string; reason: ClosingReason; reasonText: string | null; closedBy: string; readableUntil: string };

export type CloseFamilyMutationVariables = Exact<{
  input: CloseFamilyInput;
}>;

export type CloseFamilyMutation = {
  closeFamily: {
    __typename: 'Family';
    id: string;
    closing: { __typename: 'FamilyClosing'; date: string; reason: ClosingReason; reasonText: string | null; closedBy: string; readableUntil: string } | null;
  };
};

export type ReopenFamilyMutationVariables = Exact<{
  familyId: string | number;
}>;

export type ReopenFamilyMutation = {
  reopenFamily: {
    __typename: 'Family';
    id: string;
    closing: { __typename: 'FamilyClosing'; date: string; reason: ClosingReason; reasonText: string | null; closedBy: string; readableUntil: string } | null;
  };
};

export type ConsentFieldsFragment = {
  __typename: 'Consent';
  id: string;
  status: ConsentStatus;
  statusText: string | null;
  purpose: Purpose;
  validFrom: string;
  validUntil: string;
  recordedAt: string;
  recordedBy: string;
  childView: string | null;
  parties: Array<{
    __typename: 'ConsentParty';
    personnummer: string;
    name: string | null;
    revokedAt: string | null;
    role: PartyRole;
    decision: PartyDecision | null;
    decidedAt: string | null;
    method: ConsentMethod | null;
  }>;
  scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
  recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
  evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
  revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
  events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
};

export type ChildIdentityFragment = {
  __typename: 'Child';
  personnummer: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  age: number;
  custody: { __typename: 'Custody'; kind: CustodyKind; guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> } | null;
};

export type FamilyConsentsQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyConsentsQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    reference: string;
    team: { __typename: 'Team'; id: string; name: string; municipality: string };
    guardians: Array<{
      __typename: 'Guardian';
      personnummer: string;
      givenName: string;
      familyName: string;
      consents: Array<{
        __typename: 'Consent';
        id: string;
        status: ConsentStatus;
        statusText: string | null;
        purpose: Purpose;
        validFrom: string;
        validUntil: string;
        recordedAt: string;
        recordedBy: string;
        childView: string | null;
        parties: Array<{
          __typename: 'ConsentParty';
          personnummer: string;
          name: string | null;
          revokedAt: string | null;
          role: PartyRole;
          decision: PartyDecision | null;
          decidedAt: string | null;
          method: ConsentMethod | null;
        }>;
        scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
        recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
        evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
        revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
        events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
      }>;
    }> | null;
    children: Array<{
      __typename: 'Child';
      personnummer: string;
      givenName: string;
      familyName: string;
      birthDate: string;
      age: number;
      consents: Array<{
        __typename: 'Consent';
        id: string;
        status: ConsentStatus;
        statusText: string | null;
        purpose: Purpose;
        validFrom: string;
        validUntil: string;
        recordedAt: string;
        recordedBy: string;
        childView: string | null;
        parties: Array<{
          __typename: 'ConsentParty';
          personnummer: string;
          name: string | null;
          revokedAt: string | null;
          role: PartyRole;
          decision: PartyDecision | null;
          decidedAt: string | null;
          method: ConsentMethod | null;
        }>;
        scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
        recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
        evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
        revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
        events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
      }>;
      custody: { __typename: 'Custody'; kind: CustodyKind; guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> } | null;
    }>;
  };
};

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;

export type RecordConsentMutation = {
  recordConsent: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{
      __typename: 'ConsentParty';
      personnummer: string;
      name: string | null;
      revokedAt: string | null;
      role: PartyRole;
      decision: PartyDecision | null;
      decidedAt: string | null;
      method: ConsentMethod | null;
    }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type RecordConsentDecisionMutationVariables = Exact<{
  input: ConsentDecisionInput;
}>;

export type RecordConsentDecisionMutation = {
  recordConsentDecision: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{
      __typename: 'ConsentParty';
      personnummer: string;
      name: string | null;
      revokedAt: string | null;
      role: PartyRole;
      decision: PartyDecision | null;
      decidedAt: string | null;
      method: ConsentMethod | null;
    }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type NarrowConsentMutationVariables = Exact<{
  input: NarrowConsentInput;
}>;

export type NarrowConsentMutation = {
  narrowConsent: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{
      __typename: 'ConsentParty';
      personnummer: string;
      name: string | null;
      revokedAt: string | null;
      role: PartyRole;
      decision: PartyDecision | null;
      decidedAt: string | null;
      method: ConsentMethod | null;
    }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type RevokeConsentMutationVariables = Exact<{
  input: RevokeConsentInput;
}>;

export type RevokeConsentMutation = {
  revokeConsent: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{
      __typename: 'ConsentParty';
      personnummer: string;
      name: string | null;
      revokedAt: string | null;
      role: PartyRole;
      decision: PartyDecision | null;
      decidedAt: string | null;
      method: ConsentMethod | null;
    }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type RecordChildViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;

export type RecordChildViewMutation = {
  recordChildView: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{
      __typename: 'ConsentParty';
      personnummer: string;
      name: string | null;
      revokedAt: string | null;
      role: PartyRole;
      decision: PartyDecision | null;
      decidedAt: string | null;
      method: ConsentMethod | null;
    }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type ConsultationCaseFieldsFragment = {
  __typename: 'ConsultationCase';
  id: string;
  reference: string;
  status: ConsultationStatus;
  ageBand: AgeBand;
  schoolYear: number | null;
  schoolUnit: string | null;
  question: string;
  requestedByName: string;
  requestedByAgency: Agency | null;
  requestedAt: string;
  priority: ConsultationPriority | null;
  priorityReason: string | null;
  agendaPosition: number | null;
  agendaNote: string | null;
  outcome: ConsultationOutcome | null;
  outcomeNote: string | null;
  becameFamilyOn: string | null;
  meeting: { __typename: 'ConsultationMeeting'; id: string; date: string } | null;
  advice: Array<{ __typename: 'ConsultationAdvice'; agency: Agency; advice: string; recordedByName: string; recordedAt: string }>;
  history: Array<{
    __typename: 'ConsultationEvent';
    at: string;
    kind: ConsultationEventKind;
    byName: string;
    agency: Agency | null;
    priority: ConsultationPriority | null;
    meetingDate: string | null;
    outcome: ConsultationOutcome | null;
  }>;
};

export type ConsultationsQueryVariables = Exact<{ [key: string]: never }>;

export type ConsultationsQuery = {
  consultations: Array<{
    __typename: 'ConsultationCase';
    id: string;
    reference: string;
    status: ConsultationStatus;
    ageBand: AgeBand;
    schoolYear: number | null;
    schoolUnit: string | null;
    question: string;
    requestedByName: string;
    requestedByAgency: Agency | null;
    requestedAt: string;
    priority: ConsultationPriority | null;
    priorityReason: string | null;
    agendaPosition: number | null;
    agendaNote: string | null;
    outcome: ConsultationOutcome | null;
    outcomeNote: string | null;
    becameFamilyOn: string | null;
    meeting: { __typename: 'ConsultationMeeting'; id: string; date: string } | null;
    advice: Array<{ __typename: 'ConsultationAdvice'; agency: Agency; advice: string; recordedByName: string; recordedAt: string }>;
    history: Array<{
      __typename: 'ConsultationEvent';
      at: string;
      kind: ConsultationEventKind;
      byName: string;
      agency: Agency | null;
      priority: ConsultationPriority | null;
      meetingDate: string | null;
      outcome: ConsultationOutcome | null;
    }>;
  }>;
  consultationMeetings: Array<{
    __typename: 'ConsultationMeeting';
    id: string;
    date: string;
    team: { __typename: 'Team'; id: string; name: string };
    agenda: Array<{ __typename: 'ConsultationCase'; id: string; reference: string }>;
  }>;
  consultationTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
};

export type RequestConsultationMutationVariables = Exact<{
  input: RequestConsultationInput;
}>;

export type RequestConsultationMutation = {
  requestConsultation: {
    __typename: 'ConsultationCase';
    id: string;
    reference: string;
    status: ConsultationStatus;
    ageBand: AgeBand;
    schoolYear: number | null;
    schoolUnit: string | null;
    question: string;
    requestedByName: string;
    requestedByAgency: Agency | null;
    requestedAt: string;
    priority: ConsultationPriority | null;
    priorityReason: string | null;
    agendaPosition: number | null;
    agendaNote: string | null;
    outcome: ConsultationOutcome | null;
    outcomeNote: string | null;
    becameFamilyOn: string | null;
    meeting: { __typename: 'ConsultationMeeting'; id: string; date: string } | null;
    advice: Array<{ __typename: 'ConsultationAdvice'; agency: Agency; advice: string; recordedByName: string; recordedAt: string }>;
    history: Array<{
      __typename: 'ConsultationEvent';
      at: string;
      kind: ConsultationEventKind;
      byName: string;
      agency: Agency | null;
      priority: ConsultationPriority | null;
      meetingDate: string | null;
      outcome: ConsultationOutcome | null;
    }>;
  };
};

export type PrioritiseConsultationMutationVariables = Exact<{
  input: PrioritiseConsultationInput;
}>;

export type PrioritiseConsultationMutation = {
  prioritiseConsultation: {
    __typename: 'ConsultationCase';
    id: string;
    reference: string;
    status: ConsultationStatus;
    ageBand: AgeBand;
    schoolYear: number | null;
    schoolUnit: string | null;
    question: string;
    requestedByName: string;
    requestedByAgency: Agency | null;
    requestedAt: string;
    priority: ConsultationPriority | null;
    priorityReason: string | null;
    agendaPosition: number | null;
    agendaNote: string | null;
    outcome: ConsultationOutcome | null;
    outcomeNote: string | null;
    becameFamilyOn: string | null;
    meeting: { __typename: 'ConsultationMeeting'; id: string; date: string } | null;
    advice: Array<{ __typename: 'ConsultationAdvice'; agency: Agency; advice: string; recordedByName: string; recordedAt: string }>;
    history: Array<{
      __typename: 'ConsultationEvent';
      at: string;
      kind: ConsultationEventKind;
      byName: string;
      agency: Agency | null;
      priority: ConsultationPriority | null;
      meetingDate: string | null;
      outcome: ConsultationOutcome | null;
    }>;
  };
};

export type PlanConsultationMeetingMutationVariables = Exact<{
  input: PlanConsultationMeetingInput;
}>;

export type PlanConsultationMeetingMutation = { planConsultationMeeting: { __typename: 'ConsultationMeeting'; id: string; date: string } };

export type PlaceConsultationOnAgendaMutationVariables = Exact<{
  input: PlaceOnAgendaInput;
}>;

export type PlaceConsultationOnAgendaMutation = {
  placeConsultationOnAgenda: {
    __typename: 'ConsultationCase';
    id: string;
    reference: string;
    status: ConsultationStatus;
    ageBand: AgeBand;
    schoolYear: number | null;
    schoolUnit: string | null;
    question: string;
    requestedByName: string;
    requestedByAgency: Agency | null;
    requestedAt: string;
    priority: ConsultationPriority | null;
    priorityReason: string | null;
    agendaPosition: number | null;
    agendaNote: string | null;
    outcome: ConsultationOutcome | null;
    outcomeNote: string | null;
    becameFamilyOn: string | null;
    meeting: { __typename: 'ConsultationMeeting'; id: string; date: string } | null;
    advice: Array<{ __typename: 'ConsultationAdvice'; agency: Agency; advice: string; recordedByName: string; recordedAt: string }>;
    history: Array<{
      __typename: 'ConsultationEvent';
      at: string;
      kind: ConsultationEventKind;
      byName: string;
      agency: Agency | null;
      priority: ConsultationPriority | null;
      meetingDate: string | null;
      outcome: ConsultationOutcome | null;
    }>;
  };
};

export type RecordConsultationAdviceMutationVariables = Exact<{
  input: RecordConsultationAdviceInput;
}>;

export type RecordConsultationAdviceMutation = {
  recordConsultationAdvice: {
    __typename: 'ConsultationCase';
    id: string;
    reference: string;
    status: ConsultationStatus;
    ageBand: AgeBand;
    schoolYear: number | null;
    schoolUnit: string | null;
    question: string;
    requestedByName: string;
    requestedByAgency: Agency | null;
    requestedAt: string;
    priority: ConsultationPriority | null;
    priorityReason: string | null;
    agendaPosition: number | null;
    agendaNote: string | null;
    outcome: ConsultationOutcome | null;
    outcomeNote: string | null;
    becameFamilyOn: string | null;
    meeting: { __typename: 'ConsultationMeeting'; id: string; date: string } | null;
    advice: Array<{ __typename: 'ConsultationAdvice'; agency: Agency; advice: string; recordedByName: string; recordedAt: string }>;
    history: Array<{
      __typename: 'ConsultationEvent';
      at: string;
      kind: ConsultationEventKind;
      byName: string;
      agency: Agency | null;
      priority: ConsultationPriority | null;
      meetingDate: string | null;
      outcome: ConsultationOutcome | null;
    }>;
  };
};

export type RecordConsultationOutcomeMutationVariables = Exact<{
  input: RecordConsultationOutcomeInput;
}>;

export type RecordConsultationOutcomeMutation = {
  recordConsultationOutcome: {
    __typename: 'ConsultationCase';
    id: string;
    reference: string;
    status: ConsultationStatus;
    ageBand: AgeBand;
    schoolYear: number | null;
    schoolUnit: string | null;
    question: string;
    requestedByName: string;
    requestedByAgency: Agency | null;
    requestedAt: string;
    priority: ConsultationPriority | null;
    priorityReason: string | null;
    agendaPosition: number | null;
    agendaNote: string | null;
    outcome: ConsultationOutcome | null;
    outcomeNote: string | null;
    becameFamilyOn: string | null;
    meeting: { __typename: 'ConsultationMeeting'; id: string; date: string } | null;
    advice: Array<{ __typename: 'ConsultationAdvice'; agency: Agency; advice: string; recordedByName: string; recordedAt: string }>;
    history: Array<{
      __typename: 'ConsultationEvent';
      at: string;
      kind: ConsultationEventKind;
      byName: string;
      agency: Agency | null;
      priority: ConsultationPriority | null;
      meetingDate: string | null;
      outcome: ConsultationOutcome | null;
    }>;
  };
};

export type ConsultationFamilyQueryVariables = Exact<{
  reference: string;
}>;

export type ConsultationFamilyQuery = { familyByReference: { __typename: 'Family'; id: string; reference: string } };

export type LinkConsultationToFamilyMutationVariables = Exact<{
  input: LinkConsultationInput;
}>;

export type LinkConsultationToFamilyMutation = {
  linkConsultationToFamily: {
    __typename: 'ConsultationCase';
    id: string;
    reference: string;
    status: ConsultationStatus;
    ageBand: AgeBand;
    schoolYear: number | null;
    schoolUnit: string | null;
    question: string;
    requestedByName: string;
    requestedByAgency: Agency | null;
    requestedAt: string;
    priority: ConsultationPriority | null;
    priorityReason: string | null;
    agendaPosition: number | null;
    agendaNote: string | null;
    outcome: ConsultationOutcome | null;
    outcomeNote: string | null;
    becameFamilyOn: string | null;
    meeting: { __typename: 'ConsultationMeeting'; id: string; date: string } | null;
    advice: Array<{ __typename: 'ConsultationAdvice'; agency: Agency; advice: string; recordedByName: string; recordedAt: string }>;
    history: Array<{
      __typename: 'ConsultationEvent';
      at: string;
      kind: ConsultationEventKind;
      byName: string;
      agency: Agency | null;
      priority: ConsultationPriority | null;
      meetingDate: string | null;
      outcome: ConsultationOutcome | null;
    }>;
  };
};

export type FamilySurveyQueryVariables = Exact<{
  id: string | number;
}>;

export type FamilySurveyQuery = {
  family: {
    __typename: 'Family';
    id: string;
    surveyRounds: Array<{
      __typename: 'SurveyRound';
      id: string;
      followUpDate: string;
      closesOn: string;
      open: boolean;
      respondents: Array<{
        __typename: 'SurveyRespondent';
        kind: SurveyRespondentKind;
        personnummer: string;
        name: string | null;
        answered: boolean;
        mayAnswer: boolean;
        questions: Array<{ __typename: 'SurveyQuestion'; id: SurveyQuestionId; text: string; required: boolean; options: Array<{ __typename: 'SurveyOption'; value: string; text: string }> }>;
        answer: { __typename: 'SurveyAnswer'; support: SupportRating; repeated: RepeatedStory; knowsWhom: boolean; freeText: string | null; submittedAt: string; submittedBy: string } | null;
      }>;
    }>;
  } | null;
};

export type AnswerSurveyMutationVariables = Exact<{
  input: SurveyAnswerInput;
}>;

export type AnswerSurveyMutation = { answerSurvey: { __typename: 'SurveyAnswer'; support: SupportRating; repeated: RepeatedStory; knowsWhom: boolean; freeText: string | null; submittedAt: string } };

export type StatisticsFamilySurveyQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsFamilySurveyQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    familySurvey: {
      __typename: 'FamilySurveyStatistics';
      period: {
        __typename: 'SurveyFigures';
        answers: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        guardians: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        support: {
          __typename: 'SupportCounts';
          veryBad: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          bad: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          neither: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          good: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          veryGood: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        };
        goodSupport: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        repeated: {
          __typename: 'RepeatedCounts';
          manyTimes: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          sometimes: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          no: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        };
        didNotRepeat: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        knowsWhom: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        knowsWhomShare: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      };
      byQuarter: Array<{
        __typename: 'SurveyQuarterFigures';
        quarter: string;
        answers: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        guardians: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        goodSupport: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        didNotRepeat: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        knowsWhomShare: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      }>;
    };
  };
};

export type DeniedFragment = { __typename: 'AccessDenied'; reason: DenialReason; message: string };

export type UnavailableSectionFragment = { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind };

export type AccessLogFragment = {
  __typename: 'AccessLogEntry';
  at: string;
  agency: Agency;
  categories: Array<DataCategory>;
  accessedBy: string;
  role: string;
  team: string | null;
  consentIds: Array<string>;
};

export type FamilyQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    reference: string;
    municipality: string;
    team: { __typename: 'Team'; id: string; name: string; municipality: string };
    coordinators: Array<{ __typename: 'User'; username: string; name: string }>;
    guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> | null;
    closing: { __typename: 'FamilyClosing'; date: string; reason: ClosingReason; reasonText: string | null; closedBy: string; readableUntil: string } | null;
    children: Array<{
      __typename: 'Child';
      protectedIdentity: boolean | null;
      personnummer: string;
      givenName: string;
      familyName: string;
      birthDate: string;
      age: number;
      consents: Array<{
        __typename: 'Consent';
        id: string;
        status: ConsentStatus;
        statusText: string | null;
        purpose: Purpose;
        validFrom: string;
        validUntil: string;
        recordedAt: string;
        recordedBy: string;
        childView: string | null;
        parties: Array<{
          __typename: 'ConsentParty';
          personnummer: string;
          name: string | null;
          revokedAt: string | null;
          role: PartyRole;
          decision: PartyDecision | null;
          decidedAt: string | null;
          method: ConsentMethod | null;
        }>;
        scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
        recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
        evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
        revocation: { __typename: 'Revocation'; at: string; reason: string | null } | null;
        events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
      }>;
      school: {
        __typename: 'SchoolSection';
        enrolment:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | { __typename: 'SchoolEnrolment'; schoolUnit: string; schoolType: string; schoolYear: number | null; group: string | null; since: string };
        attendance:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | {
              __typename: 'SchoolAttendance';
              from: string;
              to: string;
              offeredMinutes: number;
              attendedMinutes: number;
              validAbsenceMinutes: number;
              invalidAbsenceMinutes: number;
              absencePercent: number;
            };
        supportMeasures:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | { __typename: 'SupportMeasures'; items: Array<{ __typename: 'SupportMeasure'; kind: SupportMeasureKind; description: string; decidedOn: string; actionProgramme: boolean }> };
        studentHealth:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | { __typename: 'StudentHealthContacts'; items: Array<{ __typename: 'StudentHealthContact'; date: string; profession: string; reason: string }> };
      };
      socialServices: {
        __typename: 'SocialServicesSection';
        cases:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | {
              __typename: 'SocialCases';
              items: Array<{ __typename: 'SocialCase'; caseId: string; subject: string; openedOn: string; status: CaseStatus; caseworker: { __typename: 'Caseworker'; name: string; phone: string } }>;
            };
        interventions:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | {
              __typename: 'Interventions';
              items: Array<{ __typename: 'Intervention'; id: string; kind: InterventionKind; label: string; startDate: string; endDate: string | null; provider: string }>;
            }
          | { __typename: 'NotRecorded' };
      };
      healthCare: {
        __typename: 'HealthCareSection';
        careContacts:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | {
              __typename: 'CareContacts';
              items: Array<{ __typename: 'CareContact'; date: string; organisation: string; kind: string; practitionerRole: string | null }>;
              careTeams: Array<{ __typename: 'CareTeam'; name: string; organisation: string | null }>;
            }
          | { __typename: 'NotRecorded' };
        appointments:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'Appointments'; items: Array<{ __typename: 'Appointment'; start: string; organisation: string | null; status: string; serviceType: string | null }> }
          | { __typename: 'NotRecorded' };
        diagnoses:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'Diagnoses'; items: Array<{ __typename: 'Diagnosis'; code: string; display: string; recordedDate: string | null }> }
          | { __typename: 'NotRecorded' };
      };
      custody: { __typename: 'Custody'; kind: CustodyKind; guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> } | null;
    }>;
    meetings: Array<{
      __typename: 'Meeting';
      id: string;
      date: string;
      time: string | null;
      endTime: string | null;
      place: string | null;
      kind: MeetingKind;
      agencies: Array<Agency>;
      summary: string;
      calendarFile: string | null;
    }>;
    followUps: Array<{ __typename: 'FollowUp'; id: string; date: string; area: OutcomeArea; rating: number; comment: string }>;
    attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
  };
};

export type FamilyGuardianSectionsQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyGuardianSectionsQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    guardians: Array<{
      __typename: 'Guardian';
      personnummer: string;
      employmentSupport: {
        __typename: 'EmploymentSupportSection';
        labourMarketMeasures:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | {
              __typename: 'LabourMarketMeasures';
              enrolledOn: string;
              dischargedOn: string | null;
              dischargeReason: string | null;
              caseworker: { __typename: 'EmploymentSupportContact'; name: string; phone: string };
              items: Array<{
                __typename: 'LabourMarketMeasure';
                kind: LabourMarketMeasureKind;
                label: string;
                startDate: string;
                plannedEndDate: string;
                endDate: string | null;
                status: LabourMarketMeasureStatus;
                coach: { __typename: 'EmploymentSupportContact'; name: string; phone: string };
              }>;
            }
          | { __typename: 'NotRecorded' };
        occupationStatus:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | { __typename: 'OccupationStatusHistory'; periods: Array<{ __typename: 'OccupationPeriod'; status: OccupationStatus; label: string; from: string; to: string | null }> };
      };
    }> | null;
  };
};

export type FamilyAccessLogQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyAccessLogQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    children: Array<{
      __typename: 'Child';
      personnummer: string;
      school: {
        __typename: 'SchoolSection';
        accessLog: Array<{
          __typename: 'AccessLogEntry';
          at: string;
          agency: Agency;
          categories: Array<DataCategory>;
          accessedBy: string;
          role: string;
          team: string | null;
          consentIds: Array<string>;
        }> | null;
      };
      socialServices: {
        __typename: 'SocialServicesSection';
        accessLog: Array<{
          __typename: 'AccessLogEntry';
          at: string;
          agency: Agency;
          categories: Array<DataCategory>;
          accessedBy: string;
          role: string;
          team: string | null;
          consentIds: Array<string>;
        }> | null;
      };
      healthCare: {
        __typename: 'HealthCareSection';
        accessLog: Array<{
          __typename: 'AccessLogEntry';
          at: string;
          agency: Agency;
          categories: Array<DataCategory>;
          accessedBy: string;
          role: string;
          team: string | null;
          consentIds: Array<string>;
        }> | null;
      };
    }>;
  };
};

export type FamilyAssignmentsQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyAssignmentsQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    assignments: Array<{
      __typename: 'AssignmentChange';
      at: string;
      kind: AssignmentChangeKind;
      byName: string | null;
      fromTeam: { __typename: 'Team'; id: string; name: string; municipality: string; municipalities: Array<string>; region: string | null } | null;
      fromCoordinator: { __typename: 'User'; username: string; name: string } | null;
      toTeam: { __typename: 'Team'; id: string; name: string; municipality: string; municipalities: Array<string>; region: string | null };
      toCoordinator: { __typename: 'User'; username: string; name: string };
    }>;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: { __typename: 'User'; username: string; name: string; role: Role; personnummer: string | null; team: { __typename: 'Team'; id: string; name: string; municipality: string } | null };
};

export type CreateFamilyMutationVariables = Exact<{
  input: CreateFamilyInput;
}>;

export type CreateFamilyMutation = { createFamily: { __typename: 'Family'; id: string; reference: string } };

export type ObstacleFieldsFragment = {
  __typename: 'Obstacle';
  id: string;
  agency: Agency | null;
  kind: ObstacleKind;
  description: string;
  occurredOn: string;
  recordedAt: string;
  recordedByRole: Role;
  handling: { __typename: 'ObstacleHandling'; at: string; measure: string; byName: string } | null;
};

export type FamilyObstaclesQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyObstaclesQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    obstacles: Array<{
      __typename: 'Obstacle';
      id: string;
      agency: Agency | null;
      kind: ObstacleKind;
      description: string;
      occurredOn: string;
      recordedAt: string;
      recordedByRole: Role;
      handling: { __typename: 'ObstacleHandling'; at: string; measure: string; byName: string } | null;
    }>;
  };
};

export type RecordObstacleMutationVariables = Exact<{
  input: RecordObstacleInput;
}>;

export type RecordObstacleMutation = {
  recordObstacle: {
    __typename: 'Obstacle';
    id: string;
    agency: Agency | null;
    kind: ObstacleKind;
    description: string;
    occurredOn: string;
    recordedAt: string;
    recordedByRole: Role;
    handling: { __typename: 'ObstacleHandling'; at: string; measure: string; byName: string } | null;
  };
};

export type ObstacleOverviewQueryVariables = Exact<{
  months: number;
}>;

export type ObstacleOverviewQuery = {
  obstacleOverview: {
    __typename: 'ObstacleOverview';
    municipality: string;
    from: string;
    to: string;
    obstacles: Array<{
      __typename: 'Obstacle';
      id: string;
      agency: Agency | null;
      kind: ObstacleKind;
      description: string;
      occurredOn: string;
      recordedAt: string;
      recordedByRole: Role;
      handling: { __typename: 'ObstacleHandling'; at: string; measure: string; byName: string } | null;
    }>;
    byAgencyAndKind: Array<{ __typename: 'ObstacleGroup'; agency: Agency | null; kind: ObstacleKind; count: number; open: number }>;
    perMonth: Array<{ __typename: 'ObstaclePeriod'; period: string; count: number; handled: number }>;
    perQuarter: Array<{ __typename: 'ObstaclePeriod'; period: string; count: number; handled: number }>;
  };
};

export type HandleObstacleMutationVariables = Exact<{
  input: HandleObstacleInput;
}>;

export type HandleObstacleMutation = {
  handleObstacle: {
    __typename: 'Obstacle';
    id: string;
    agency: Agency | null;
    kind: ObstacleKind;
    description: string;
    occurredOn: string;
    recordedAt: string;
    recordedByRole: Role;
    handling: { __typename: 'ObstacleHandling'; at: string; measure: string; byName: string } | null;
  };
};

export type StatisticsObstaclesQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsObstaclesQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    obstacles: Array<{
      __typename: 'QuarterObstacles';
      from: string;
      total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      handled: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      byAgency: Array<{
        __typename: 'AgencyObstacles';
        agency: Agency | null;
        count: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      }>;
      byKind: Array<{
        __typename: 'KindObstacles';
        kind: ObstacleKind;
        count: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      }>;
    }>;
  };
};

export type RecordParentsOccupationMutationVariables = Exact<{
  input: ParentsOccupationInput;
}>;

export type RecordParentsOccupationMutation = { recordParentsOccupation: { __typename: 'ParentsOccupationRecord'; date: string; parents: Array<Occupation> } };

export type SipPlanFieldsFragment = {
  __typename: 'SipPlan';
  id: string;
  leadAgency: Agency;
  status: PlanStatus;
  createdOn: string;
  nextFollowUp: string | null;
  version: number;
  participants: Array<{ __typename: 'SipParticipant'; name: string; agency: Agency | null; role: string }>;
  familyRepresentatives: Array<{ __typename: 'SipParticipant'; name: string; role: string }>;
  goals: Array<{
    __typename: 'SipGoal';
    id: string;
    area: OutcomeArea;
    description: string;
    actions: Array<{
      __typename: 'SipAction';
      id: string;
      description: string;
      responsibleAgency: Agency;
      dueDate: string | null;
      status: ActionStatus;
      followUpDate: string | null;
      latestNote: { __typename: 'ActionStatusChange'; at: string; status: ActionStatus; note: string | null; byName: string; agency: Agency | null } | null;
    }>;
  }>;
};

export type ActionNoteFieldsFragment = { __typename: 'ActionStatusChange'; at: string; status: ActionStatus; note: string | null; byName: string; agency: Agency | null };

export type UpdatePlanMutationVariables = Exact<{
  input: UpdatePlanInput;
}>;

export type UpdatePlanMutation = {
  updatePlan: {
    __typename: 'SipPlan';
    id: string;
    leadAgency: Agency;
    status: PlanStatus;
    createdOn: string;
    nextFollowUp: string | null;
    version: number;
    participants: Array<{ __typename: 'SipParticipant'; name: string; agency: Agency | null; role: string }>;
    familyRepresentatives: Array<{ __typename: 'SipParticipant'; name: string; role: string }>;
    goals: Array<{
      __typename: 'SipGoal';
      id: string;
      area: OutcomeArea;
      description: string;
      actions: Array<{
        __typename: 'SipAction';
        id: string;
        description: string;
        responsibleAgency: Agency;
        dueDate: string | null;
        status: ActionStatus;
        followUpDate: string | null;
        latestNote: { __typename: 'ActionStatusChange'; at: string; status: ActionStatus; note: string | null; byName: string; agency: Agency | null } | null;
      }>;
    }>;
  };
};

export type FamilyPlanQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyPlanQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    plan: {
      __typename: 'SipPlan';
      id: string;
      leadAgency: Agency;
      status: PlanStatus;
      createdOn: string;
      nextFollowUp: string | null;
      version: number;
      participants: Array<{ __typename: 'SipParticipant'; name: string; agency: Agency | null; role: string }>;
      familyRepresentatives: Array<{ __typename: 'SipParticipant'; name: string; role: string }>;
      goals: Array<{
        __typename: 'SipGoal';
        id: string;
        area: OutcomeArea;
        description: string;
        actions: Array<{
          __typename: 'SipAction';
          id: string;
          description: string;
          responsibleAgency: Agency;
          dueDate: string | null;
          status: ActionStatus;
          followUpDate: string | null;
          latestNote: { __typename: 'ActionStatusChange'; at: string; status: ActionStatus; note: string | null; byName: string; agency: Agency | null } | null;
        }>;
      }>;
    } | null;
    attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
  };
};

export type PlanVersionsQueryVariables = Exact<{
  reference: string;
}>;

export type PlanVersionsQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    plan: {
      __typename: 'SipPlan';
      id: string;
      versions: Array<{
        __typename: 'SipPlanVersion';
        number: number;
        savedAt: string;
        savedByName: string;
        leadAgency: Agency;
        status: PlanStatus;
        nextFollowUp: string | null;
        participants: Array<{ __typename: 'SipParticipant'; name: string; agency: Agency | null; role: string }>;
        goals: Array<{
          __typename: 'SipVersionGoal';
          id: string;
          area: OutcomeArea;
          description: string;
          actions: Array<{ __typename: 'SipVersionAction'; id: string; description: string; responsibleAgency: Agency; dueDate: string | null; status: ActionStatus }>;
        }>;
      }>;
    } | null;
  };
};

export type FamilyRepresentativesQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyRepresentativesQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    representatives: Array<{
      __typename: 'FamilyRepresentative';
      username: string;
      name: string;
      permissions: Array<RepresentativePermission>;
      guardians: Array<{ __typename: 'RepresentativeGuardian'; name: string; isSelf: boolean; allows: Array<RepresentativePermission> }>;
      history: Array<{ __typename: 'RepresentativeEvent'; at: string; kind: RepresentativeEventKind; permissions: Array<RepresentativePermission>; byName: string | null }>;
    }>;
  };
};

export type RepresentativeChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type RepresentativeChoicesQuery = { representativeChoices: Array<{ __typename: 'User'; username: string; name: string }> };

export type GiveRepresentativeMutationVariables = Exact<{
  input: GiveRepresentativeInput;
}>;

export type GiveRepresentativeMutation = { giveRepresentative: { __typename: 'FamilyRepresentative'; username: string; permissions: Array<RepresentativePermission> } };

export type WithdrawRepresentativeMutationVariables = Exact<{
  familyId: string | number;
  representative: string;
}>;

export type WithdrawRepresentativeMutation = { withdrawRepresentative: { __typename: 'FamilyRepresentative'; username: string; permissions: Array<RepresentativePermission> } };

export type RepresentedFamiliesQueryVariables = Exact<{ [key: string]: never }>;

export type RepresentedFamiliesQuery = {
  representedFamilies: Array<{
    __typename: 'RepresentedFamily';
    id: string;
    reference: string;
    teamName: string;
    municipality: string;
    coordinators: Array<string>;
    permissions: Array<RepresentativePermission>;
    children: Array<string>;
    closedOn: string | null;
    plan: {
      __typename: 'SipPlan';
      id: string;
      leadAgency: Agency;
      status: PlanStatus;
      nextFollowUp: string | null;
      participants: Array<{ __typename: 'SipParticipant'; name: string; role: string; agency: Agency | null }>;
      familyRepresentatives: Array<{ __typename: 'SipParticipant'; name: string; role: string }>;
      goals: Array<{
        __typename: 'SipGoal';
        id: string;
        area: OutcomeArea;
        description: string;
        actions: Array<{ __typename: 'SipAction'; id: string; description: string; responsibleAgency: Agency; dueDate: string | null; status: ActionStatus }>;
      }>;
    } | null;
    meetings: Array<{ __typename: 'Meeting'; id: string; date: string; time: string | null; kind: MeetingKind; place: string | null; summary: string }>;
    obstacles: Array<{
      __typename: 'Obstacle';
      id: string;
      agency: Agency | null;
      kind: ObstacleKind;
      description: string;
      occurredOn: string;
      recordedAt: string;
      recordedByRole: Role;
      handling: { __typename: 'ObstacleHandling'; at: string; measure: string; byName: string } | null;
    }>;
    contacts: Array<{
      __typename: 'FamilyContact';
      id: string;
      about: string | null;
      addedAt: string;
      addedByName: string;
      person: { __typename: 'ContactPerson'; name: string; role: string; organisation: string | null; agency: Agency | null; phone: string | null; email: string | null } | null;
      service: {
        __typename: 'SupportService';
        id: string;
        organisation: string;
        municipalities: Array<string>;
        agency: Agency | null;
        name: string;
        offers: string;
        forWhom: string;
        openingNote: string | null;
        openNow: boolean;
        reviewedOn: string;
        reviewedByName: string;
        retiredOn: string | null;
        contact: { __typename: 'ContactRoutes'; phone: string | null; email: string | null; web: string | null; visitingAddress: string | null };
        openingHours: Array<{ __typename: 'OpeningHours'; day: Weekday; opens: string; closes: string }>;
      } | null;
    }>;
  }>;
};

export type MeetingFieldsFragment = {
  __typename: 'Meeting';
  id: string;
  date: string;
  time: string | null;
  endTime: string | null;
  place: string | null;
  kind: MeetingKind;
  agencies: Array<Agency>;
  summary: string;
  calendarFile: string | null;
};

export type FamilyRhythmFieldsFragment = {
  __typename: 'Family';
  meetings: Array<{
    __typename: 'Meeting';
    id: string;
    date: string;
    time: string | null;
    endTime: string | null;
    place: string | null;
    kind: MeetingKind;
    agencies: Array<Agency>;
    summary: string;
    calendarFile: string | null;
  }>;
  followUps: Array<{ __typename: 'FollowUp'; id: string; date: string; area: OutcomeArea; rating: number; comment: string }>;
  attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
};

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;

export type RecordMeetingMutation = {
  recordMeeting: {
    __typename: 'Meeting';
    id: string;
    date: string;
    time: string | null;
    endTime: string | null;
    place: string | null;
    kind: MeetingKind;
    agencies: Array<Agency>;
    summary: string;
    calendarFile: string | null;
  };
};

export type RecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;

export type RecordFollowUpMutation = { recordFollowUp: { __typename: 'FollowUp'; id: string; date: string; area: OutcomeArea; rating: number; comment: string } };

export type FamilyRhythmQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyRhythmQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    meetings: Array<{
      __typename: 'Meeting';
      id: string;
      date: string;
      time: string | null;
      endTime: string | null;
      place: string | null;
      kind: MeetingKind;
      agencies: Array<Agency>;
      summary: string;
      calendarFile: string | null;
    }>;
    followUps: Array<{ __typename: 'FollowUp'; id: string; date: string; area: OutcomeArea; rating: number; comment: string }>;
    attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
  };
};

export type StatisticsCountFragment = { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };

export type StatisticsRatioFragment = { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };

export type StatisticsAppliedFragment = { __typename: 'Statistics'; from: string; to: string; municipality: string | null; teamId: string | null; threshold: number };

export type StatisticsConsentCountsFragment = {
  __typename: 'ConsentCounts';
  active: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  pending: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  expired: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  revoked: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
};

export type StatisticsOccupationCountsFragment = {
  __typename: 'OccupationCounts';
  work: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  studies: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  sickLeave: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  unemployed: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  other: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
  total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
};

export type StatisticsFamiliesQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsFamiliesQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    families: {
      __typename: 'CoordinationCounts';
      started: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      ongoing: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      closed: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
    };
    children: {
      __typename: 'CoordinationCounts';
      started: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      ongoing: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      closed: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
    };
  };
};

export type StatisticsConsentsByPurposeQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsConsentsByPurposeQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    consents: {
      __typename: 'ConsentStatistics';
      all: {
        __typename: 'ConsentCounts';
        active: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        pending: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        expired: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        revoked: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      };
      byPurpose: Array<{
        __typename: 'PurposeConsents';
        purpose: Purpose;
        counts: {
          __typename: 'ConsentCounts';
          active: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          pending: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          expired: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          revoked: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        };
      }>;
    };
  };
};

export type StatisticsConsentsByAgencyQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsConsentsByAgencyQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    consents: {
      __typename: 'ConsentStatistics';
      byAgency: Array<{
        __typename: 'AgencyConsents';
        agency: Agency;
        counts: {
          __typename: 'ConsentCounts';
          active: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          pending: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          expired: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          revoked: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        };
      }>;
    };
  };
};

export type StatisticsWaitingQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsWaitingQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    daysToFirstMeeting: {
      __typename: 'DaysMeasure';
      families: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      mean: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      median: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
    };
    daysToAgreedSip: {
      __typename: 'DaysMeasure';
      families: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      mean: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      median: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
    };
  };
};

export type StatisticsMeetingsQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsMeetingsQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    meetingsPerMonth: Array<{
      __typename: 'MonthMeetings';
      month: string;
      coordination: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      sip: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      followUp: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      jointHomeVisit: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      checkIn: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      perFamily: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
    }>;
  };
};

export type StatisticsRatingsQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsRatingsQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    followUpRatings: Array<{
      __typename: 'AreaRatings';
      area: OutcomeArea;
      families: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      atStart: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      followedUp: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      latest: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      change: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
    }>;
  };
};

export type StatisticsOccupationQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsOccupationQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    parentsOccupation: {
      __typename: 'ParentsOccupation';
      atStart: {
        __typename: 'OccupationCounts';
        work: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        studies: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        sickLeave: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        unemployed: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        other: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      };
      latest: {
        __typename: 'OccupationCounts';
        work: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        studies: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        sickLeave: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        unemployed: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        other: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        total: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      };
      notWorkingAtStart: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      backInWorkOrStudies: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
    };
  };
};

export type StatisticsSchoolAbsenceQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsSchoolAbsenceQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    school: {
      __typename: 'SchoolStatistics';
      children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      absenceByTermSinceStart: Array<{
        __typename: 'TermAbsence';
        termsSinceStart: number;
        children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        absencePercent: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      }>;
    };
  };
};

export type StatisticsSchoolSupportQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsSchoolSupportQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    school: {
      __typename: 'SchoolStatistics';
      supportMeasures: {
        __typename: 'SchoolSupportMeasures';
        children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        byKind: Array<{
          __typename: 'SupportInPlace';
          kind: SupportKind;
          atStart: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          shareAtStart: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          atEnd: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          shareAtEnd: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        }>;
      };
    };
  };
};

export type StatisticsInterventionsQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsInterventionsQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    socialServices: {
      __typename: 'SocialServicesStatistics';
      children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      interventionsByKind: Array<{
        __typename: 'InterventionKindFigure';
        kind: InterventionKind;
        children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        interventions: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        meanDays: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      }>;
    };
  };
};

export type StatisticsCareContactsQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;

export type StatisticsCareContactsQuery = {
  statistics: {
    __typename: 'Statistics';
    from: string;
    to: string;
    municipality: string | null;
    teamId: string | null;
    threshold: number;
    healthCare: {
      __typename: 'HealthCareStatistics';
      children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
      careContactsByYear: Array<{
        __typename: 'CareContactsYear';
        year: number;
        from: string;
        to: string;
        childrenWithoutContact: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        byUnitType: Array<{
          __typename: 'CareUnitTypeFigure';
          unitType: CareUnitType;
          children: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          contacts: { __typename: 'Count'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
          contactsPerChild: { __typename: 'Ratio'; value: number | null; suppressed: boolean; reason: SuppressionReason | null; perturbed: boolean };
        }>;
      }>;
    };
  };
};

export type SupportServiceFieldsFragment = {
  __typename: 'SupportService';
  id: string;
  organisation: string;
  municipalities: Array<string>;
  agency: Agency | null;
  name: string;
  offers: string;
  forWhom: string;
  openingNote: string | null;
  openNow: boolean;
  reviewedOn: string;
  reviewedByName: string;
  retiredOn: string | null;
  contact: { __typename: 'ContactRoutes'; phone: string | null; email: string | null; web: string | null; visitingAddress: string | null };
  openingHours: Array<{ __typename: 'OpeningHours'; day: Weekday; opens: string; closes: string }>;
};

export type SupportCatalogueQueryVariables = Exact<{
  search?: SupportSearch | null | undefined;
}>;

export type SupportCatalogueQuery = {
  supportMunicipalities: Array<string>;
  supportCatalogue: Array<{
    __typename: 'SupportService';
    id: string;
    organisation: string;
    municipalities: Array<string>;
    agency: Agency | null;
    name: string;
    offers: string;
    forWhom: string;
    openingNote: string | null;
    openNow: boolean;
    reviewedOn: string;
    reviewedByName: string;
    retiredOn: string | null;
    contact: { __typename: 'ContactRoutes'; phone: string | null; email: string | null; web: string | null; visitingAddress: string | null };
    openingHours: Array<{ __typename: 'OpeningHours'; day: Weekday; opens: string; closes: string }>;
  }>;
};

export type SupportServiceChangesQueryVariables = Exact<{
  id: string | number;
}>;

export type SupportServiceChangesQuery = {
  supportService: {
    __typename: 'SupportService';
    id: string;
    changes: Array<{ __typename: 'SupportServiceChange'; version: number; at: string; kind: SupportServiceChangeKind; byName: string }>;
  } | null;
};

export type AddSupportServiceMutationVariables = Exact<{
  input: SupportServiceInput;
}>;

export type AddSupportServiceMutation = {
  addSupportService: {
    __typename: 'SupportService';
    id: string;
    organisation: string;
    municipalities: Array<string>;
    agency: Agency | null;
    name: string;
    offers: string;
    forWhom: string;
    openingNote: string | null;
    openNow: boolean;
    reviewedOn: string;
    reviewedByName: string;
    retiredOn: string | null;
    contact: { __typename: 'ContactRoutes'; phone: string | null; email: string | null; web: string | null; visitingAddress: string | null };
    openingHours: Array<{ __typename: 'OpeningHours'; day: Weekday; opens: string; closes: string }>;
  };
};

export type UpdateSupportServiceMutationVariables = Exact<{
  id: string | number;
  input: SupportServiceInput;
}>;

export type UpdateSupportServiceMutation = {
  updateSupportService: {
    __typename: 'SupportService';
    id: string;
    organisation: string;
    municipalities: Array<string>;
    agency: Agency | null;
    name: string;
    offers: string;
    forWhom: string;
    openingNote: string | null;
    openNow: boolean;
    reviewedOn: string;
    reviewedByName: string;
    retiredOn: string | null;
    contact: { __typename: 'ContactRoutes'; phone: string | null; email: string | null; web: string | null; visitingAddress: string | null };
    openingHours: Array<{ __typename: 'OpeningHours'; day: Weekday; opens: string; closes: string }>;
  };
};

export type RetireSupportServiceMutationVariables = Exact<{
  id: string | number;
}>;

export type RetireSupportServiceMutation = { retireSupportService: { __typename: 'SupportService'; id: string; retiredOn: string | null } };

export type FamilyContactFieldsFragment = {
  __typename: 'FamilyContact';
  id: string;
  about: string | null;
  addedAt: string;
  addedByName: string;
  person: { __typename: 'ContactPerson'; name: string; role: string; organisation: string | null; agency: Agency | null; phone: string | null; email: string | null } | null;
  service: {
    __typename: 'SupportService';
    id: string;
    organisation: string;
    municipalities: Array<string>;
    agency: Agency | null;
    name: string;
    offers: string;
    forWhom: string;
    openingNote: string | null;
    openNow: boolean;
    reviewedOn: string;
    reviewedByName: string;
    retiredOn: string | null;
    contact: { __typename: 'ContactRoutes'; phone: string | null; email: string | null; web: string | null; visitingAddress: string | null };
    openingHours: Array<{ __typename: 'OpeningHours'; day: Weekday; opens: string; closes: string }>;
  } | null;
};

export type FamilyContactsQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyContactsQuery = {
  familyByReference: {
    __typename: 'Family';
    id: string;
    contacts: Array<{
      __typename: 'FamilyContact';
      id: string;
      about: string | null;
      addedAt: string;
      addedByName: string;
      person: { __typename: 'ContactPerson'; name: string; role: string; organisation: string | null; agency: Agency | null; phone: string | null; email: string | null } | null;
      service: {
        __typename: 'SupportService';
        id: string;
        organisation: string;
        municipalities: Array<string>;
        agency: Agency | null;
        name: string;
        offers: string;
        forWhom: string;
        openingNote: string | null;
        openNow: boolean;
        reviewedOn: string;
        reviewedByName: string;
        retiredOn: string | null;
        contact: { __typename: 'ContactRoutes'; phone: string | null; email: string | null; web: string | null; visitingAddress: string | null };
        openingHours: Array<{ __typename: 'OpeningHours'; day: Weekday; opens: string; closes: string }>;
      } | null;
    }>;
  };
};

export type CatalogueChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogueChoicesQuery = { supportCatalogue: Array<{ __typename: 'SupportService'; id: string; name: string; organisation: string }> };

export type AddFamilyContactMutationVariables = Exact<{
  input: FamilyContactInput;
}>;

export type AddFamilyContactMutation = { addFamilyContact: { __typename: 'FamilyContact'; id: string } };

export type RemoveFamilyContactMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveFamilyContactMutation = { removeFamilyContact: string };

export type TeamsQueryVariables = Exact<{ [key: string]: never }>;

export type TeamsQuery = {
  teams: Array<{
    __typename: 'Team';
    id: string;
    name: string;
    municipality: string;
    municipalities: Array<string>;
    region: string | null;
    coordinators: Array<{ __typename: 'User'; username: string; name: string }>;
  }>;
};

export type ReassignFamilyMutationVariables = Exact<{
  input: ReassignFamilyInput;
}>;

export type ReassignFamilyMutation = {
  reassignFamily: {
    __typename: 'FamilyAssignment';
    familyReference: string;
    team: { __typename: 'Team'; id: string; name: string };
    coordinator: { __typename: 'User'; username: string; name: string };
  };
};

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never }>;

export type MyOrganisationQuery = {
  myOrganisation: {
    __typename: 'Organisation';
    kind: OrganisationKind;
    name: string;
    municipalities: Array<string>;
    teams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string; municipalities: Array<string> }>;
  } | null;
};

export type TeamAreasQueryVariables = Exact<{ [key: string]: never }>;

export type TeamAreasQuery = {
  teams: Array<{ __typename: 'Team'; id: string; municipalities: Array<string>; region: string | null }>;
  caseload: Array<{ __typename: 'Family'; id: string; municipality: string }>;
};

export type MyTeamAreasQueryVariables = Exact<{ [key: string]: never }>;

export type MyTeamAreasQuery = { me: { __typename: 'User'; username: string; team: { __typename: 'Team'; id: string; municipalities: Array<string> } | null } };

export type WorkListQueryVariables = Exact<{ [key: string]: never }>;

export type WorkListQuery = {
  caseload: Array<{
    __typename: 'Family';
    id: string;
    reference: string;
    municipality: string;
    team: { __typename: 'Team'; id: string; name: string };
    coordinators: Array<{ __typename: 'User'; username: string; name: string }>;
    children: Array<{ __typename: 'Child'; personnummer: string; givenName: string; familyName: string; age: number }>;
    plan: { __typename: 'SipPlan'; status: PlanStatus; nextFollowUp: string | null } | null;
    meetings: Array<{ __typename: 'Meeting'; id: string; date: string; time: string | null; kind: MeetingKind }>;
    attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
  }>;
};

export type FindFamilyQueryVariables = Exact<{
  reference: string;
}>;

export type FindFamilyQuery = { familyByReference: { __typename: 'Family'; id: string; reference: string } };

export type SearchFamiliesQueryVariables = Exact<{
  text: string;
}>;

export type SearchFamiliesQuery = {
  searchFamilies: Array<{ __typename: 'Family'; id: string; reference: string; children: Array<{ __typename: 'Child'; personnummer: string; givenName: string; familyName: string; age: number }> }>;
};

export type EmploymentSupportOfGuardianFragment = {
  __typename: 'Guardian';
  employmentSupport: {
    __typename: 'EmploymentSupportSection';
    labourMarketMeasures:
      | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
      | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
      | {
          __typename: 'LabourMarketMeasures';
          enrolledOn: string;
          dischargedOn: string | null;
          dischargeReason: string | null;
          caseworker: { __typename: 'EmploymentSupportContact'; name: string; phone: string };
          items: Array<{
            __typename: 'LabourMarketMeasure';
            kind: LabourMarketMeasureKind;
            label: string;
            startDate: string;
            plannedEndDate: string;
            endDate: string | null;
            status: LabourMarketMeasureStatus;
            coach: { __typename: 'EmploymentSupportContact'; name: string; phone: string };
          }>;
        }
      | { __typename: 'NotRecorded' };
    occupationStatus:
      | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
      | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
      | { __typename: 'NotRecorded' }
      | { __typename: 'OccupationStatusHistory'; periods: Array<{ __typename: 'OccupationPeriod'; status: OccupationStatus; label: string; from: string; to: string | null }> };
  };
};

export const DeniedFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Denied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessDenied' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeniedFragment, unknown>;
export const UnavailableSectionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnavailableSection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyUnavailable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnavailableSectionFragment, unknown>;
export const EmploymentSupportOfGuardianFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmploymentSupportOfGuardian' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Guardian' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employmentSupport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'labourMarketMeasures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LabourMarketMeasures' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'enrolledOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dischargedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dischargeReason' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'caseworker' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'plannedEndDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'coach' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'occupationStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OccupationStatusHistory' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'periods' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Denied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessDenied' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnavailableSection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyUnavailable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmploymentSupportOfGuardianFragment, unknown>;
export const GuardianSectionsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuardianSections' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Guardian' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmploymentSupportOfGuardian' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Denied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessDenied' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnavailableSection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyUnavailable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmploymentSupportOfGuardian' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Guardian' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employmentSupport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'labourMarketMeasures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LabourMarketMeasures' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'enrolledOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dischargedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dischargeReason' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'caseworker' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'plannedEndDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'coach' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'occupationStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OccupationStatusHistory' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'periods' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuardianSectionsFragment, unknown>;
export const FamilyClosingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyClosingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FamilyClosing' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyClosingFieldsFragment, unknown>;
export const ConsentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsentFieldsFragment, unknown>;
export const ChildIdentityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChildIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Child' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'age' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'custody' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChildIdentityFragment, unknown>;
export const ConsultationCaseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'advice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'becameFamilyOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsultationCaseFieldsFragment, unknown>;
export const AccessLogFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessLog' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessLogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessLogFragment, unknown>;
export const ObstacleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObstacleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Obstacle' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handling' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ObstacleFieldsFragment, unknown>;
export const ActionNoteFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionStatusChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionNoteFieldsFragment, unknown>;
export const SipPlanFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SipPlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SipPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyRepresentatives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responsibleAgency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'followUpDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latestNote' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionNoteFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionStatusChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SipPlanFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarFile' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const FamilyRhythmFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyRhythmFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Family' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarFile' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyRhythmFieldsFragment, unknown>;
export const StatisticsRatioFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsRatioFragment, unknown>;
export const StatisticsAppliedFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsAppliedFragment, unknown>;
export const StatisticsCountFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsCountFragment, unknown>;
export const StatisticsConsentCountsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsConsentCounts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'active' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pending' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expired' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revoked' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsConsentCountsFragment, unknown>;
export const StatisticsOccupationCountsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsOccupationCounts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OccupationCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'work' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sickLeave' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unemployed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'other' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsOccupationCountsFragment, unknown>;
export const SupportServiceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forWhom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'web' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitingAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openingHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'openingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportServiceFieldsFragment, unknown>;
export const FamilyContactFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FamilyContact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupportServiceFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forWhom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'web' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitingAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openingHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'openingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyContactFieldsFragment, unknown>;
export const AgencyActionsDocument = {
  __meta__: { hash: 'sha256:582e5ff33a6c0f6bd1a4dd4c638163f4c920584dc0900bd94cebf14774ac4281' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgencyActions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agencyActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'familyReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'children' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'goal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'action' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responsibleAgency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'followUpDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latestNote' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionNoteFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionStatusChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgencyActionsQuery, AgencyActionsQueryVariables>;
export const UpdateActionStatusDocument = {
  __meta__: { hash: 'sha256:374c350a1f79bd8ebe05e5bc0b440b138e51f8c9cf4a5251649bfbf9e828a041' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateActionStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionStatus' } } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateActionStatus' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'actionId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'actionId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'note' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestNote' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionNoteFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionStatusChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateActionStatusMutation, UpdateActionStatusMutationVariables>;
export const CloseFamilyDocument = {
  __meta__: { hash: 'sha256:d2186555a478c8f4f6a79bc3d9cbeb35e15f2c6b4ea68f89d6aaaf7fda4ed43b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseFamilyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeFamily' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'closing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyClosingFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyClosingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FamilyClosing' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseFamilyMutation, CloseFamilyMutationVariables>;
export const ReopenFamilyDocument = {
  __meta__: { hash: 'sha256:c3b4023c0c8dc507a3a1efc7442a4c0a67590fec655777c8ebb0e76e82ef23bf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'familyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenFamily' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'familyId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'familyId' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'closing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyClosingFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyClosingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FamilyClosing' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenFamilyMutation, ReopenFamilyMutationVariables>;
export const FamilyConsentsDocument = {
  __meta__: { hash: 'sha256:eca0643e8860cad70187212596bf115a89718732b551c60dad6b13b09d260973' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyConsents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'consents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChildIdentity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'consents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChildIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Child' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'age' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'custody' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyConsentsQuery, FamilyConsentsQueryVariables>;
export const RecordConsentDocument = {
  __meta__: { hash: 'sha256:e5099fabee5519bd4762ade7514ca84b4497ec6494327c38d0bfdbfcac7eccff' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsent' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const RecordConsentDecisionDocument = {
  __meta__: { hash: 'sha256:94986aab8b7dac8507521e611e5edfb07e1bbcb2da90845d6f1a8b509fabb228' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsentDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentDecisionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsentDecision' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsentDecisionMutation, RecordConsentDecisionMutationVariables>;
export const NarrowConsentDocument = {
  __meta__: { hash: 'sha256:c90f30ac1744a2e94671004567a026376b02e679ac07af7b28c4e635084efe96' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NarrowConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NarrowConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'narrowConsent' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NarrowConsentMutation, NarrowConsentMutationVariables>;
export const RevokeConsentDocument = {
  __meta__: { hash: 'sha256:86c115011cf065ca41d550a3bb98ecd560aa05b883d5d868d051f5bc5a9554d6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeConsent' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const RecordChildViewDocument = {
  __meta__: { hash: 'sha256:a1a698eb1ccec58f1f508cae96d3fcc06b7c0ad57316fd2a43b4046563cc062b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordChildView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordChildViewInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordChildView' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordChildViewMutation, RecordChildViewMutationVariables>;
export const ConsultationsDocument = {
  __meta__: { hash: 'sha256:6d7cda192f9751a9568e5f8c6dd632a4ee64c0f1fbac8a1dab82b2481bd0daa4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Consultations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationCaseFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultationMeetings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agenda' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultationTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'advice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'becameFamilyOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsultationsQuery, ConsultationsQueryVariables>;
export const RequestConsultationDocument = {
  __meta__: { hash: 'sha256:d6fab3ab251306c6137315b2bf203af7017a3c6bf7bef95daa8d0c9b4c180b0c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestConsultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestConsultationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestConsultation' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationCaseFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'advice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'becameFamilyOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestConsultationMutation, RequestConsultationMutationVariables>;
export const PrioritiseConsultationDocument = {
  __meta__: { hash: 'sha256:0830a4984593b8b56292fff4032fe4653197bdd52d4b9f125d7d799a8ae46fd7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PrioritiseConsultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PrioritiseConsultationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prioritiseConsultation' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationCaseFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'advice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'becameFamilyOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PrioritiseConsultationMutation, PrioritiseConsultationMutationVariables>;
export const PlanConsultationMeetingDocument = {
  __meta__: { hash: 'sha256:b95312f0d526b567117d2fcadaafcf11098cca83acc141bb0cb83aac8d4c845f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanConsultationMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanConsultationMeetingInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planConsultationMeeting' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanConsultationMeetingMutation, PlanConsultationMeetingMutationVariables>;
export const PlaceConsultationOnAgendaDocument = {
  __meta__: { hash: 'sha256:60c52f819435ee7478f3dbf348107f511e9b239b0b0fed3a1d8ddd567bd227d2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceConsultationOnAgenda' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceOnAgendaInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placeConsultationOnAgenda' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationCaseFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'advice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'becameFamilyOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceConsultationOnAgendaMutation, PlaceConsultationOnAgendaMutationVariables>;
export const RecordConsultationAdviceDocument = {
  __meta__: { hash: 'sha256:eb0f457c2da74f70c9e99d1405ff92714084e2175db85cf0e8faff63c515f7d8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsultationAdvice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordConsultationAdviceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsultationAdvice' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationCaseFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'advice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'becameFamilyOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsultationAdviceMutation, RecordConsultationAdviceMutationVariables>;
export const RecordConsultationOutcomeDocument = {
  __meta__: { hash: 'sha256:8d5e1f43b5f3d41158cb48d1dc434a84547e0171745c81b1787529a6ecce81cd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsultationOutcome' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordConsultationOutcomeInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsultationOutcome' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationCaseFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'advice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'becameFamilyOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsultationOutcomeMutation, RecordConsultationOutcomeMutationVariables>;
export const ConsultationFamilyDocument = {
  __meta__: { hash: 'sha256:9cacff25e4e30a28a676ade5d501bc0868dad4bdd07f904bee0e9a3c7b56e880' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsultationFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsultationFamilyQuery, ConsultationFamilyQueryVariables>;
export const LinkConsultationToFamilyDocument = {
  __meta__: { hash: 'sha256:262e74edbdbaa18daa169a6887e40275689b214515486e76f3b2b8496edc584b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkConsultationToFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LinkConsultationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkConsultationToFamily' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationCaseFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ageBand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priorityReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'advice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'becameFamilyOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkConsultationToFamilyMutation, LinkConsultationToFamilyMutationVariables>;
export const FamilySurveyDocument = {
  __meta__: { hash: 'sha256:e6d5ada328a055ef31f28c1cd7e100eb7bb213d86ece37f1eb3c4a498237a8e1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilySurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'family' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'surveyRounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'followUpDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'respondents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'answered' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'mayAnswer' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'questions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'options' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'answer' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'support' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'repeated' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'knowsWhom' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'freeText' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'submittedBy' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilySurveyQuery, FamilySurveyQueryVariables>;
export const AnswerSurveyDocument = {
  __meta__: { hash: 'sha256:61cf4223890d5547923ef5e3cf4fa21bf8723cb955aef3cc6a7e62ee53178859' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyAnswerInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerSurvey' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'support' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repeated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'knowsWhom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'freeText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerSurveyMutation, AnswerSurveyMutationVariables>;
export const StatisticsFamilySurveyDocument = {
  __meta__: { hash: 'sha256:a14d72967dca39044042dfb3fe52e0b4ea8dfe86df9f457c8acc2fee767fabf5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsFamilySurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'familySurvey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'answers' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'guardians' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'support' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'veryBad' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'bad' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'neither' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'good' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'veryGood' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goodSupport' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'repeated' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'manyTimes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'sometimes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'no' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'didNotRepeat' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'knowsWhom' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'knowsWhomShare' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byQuarter' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'answers' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'guardians' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goodSupport' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'didNotRepeat' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'knowsWhomShare' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsFamilySurveyQuery, StatisticsFamilySurveyQueryVariables>;
export const FamilyDocument = {
  __meta__: { hash: 'sha256:0224ed6fff9f2a8199954a2c0093d821dfccded07eb85ae3c21f9c6c488c9ae4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Family' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'closing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyClosingFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyRhythmFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChildIdentity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'protectedIdentity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'consents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'school' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'enrolment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolEnrolment' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'schoolType' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'attendance' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolAttendance' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'offeredMinutes' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'attendedMinutes' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'validAbsenceMinutes' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'invalidAbsenceMinutes' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'absencePercent' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'supportMeasures' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportMeasures' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'actionProgramme' } },
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'studentHealth' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudentHealthContacts' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'socialServices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'cases' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SocialCases' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'openedOn' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'caseworker' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                                  ],
                                                },
                                              },
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'interventions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Interventions' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'healthCare' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'careContacts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CareContacts' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'practitionerRole' } },
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'careTeams' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'appointments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Appointments' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'serviceType' } },
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diagnoses' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Diagnoses' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'recordedDate' } },
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                            ],
                                          },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarFile' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyClosingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FamilyClosing' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyRhythmFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Family' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChildIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Child' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'age' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'custody' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Denied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessDenied' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnavailableSection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyUnavailable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyQuery, FamilyQueryVariables>;
export const FamilyGuardianSectionsDocument = {
  __meta__: { hash: 'sha256:adff06df6f1b12e6e13cc2d80d769952426d341d93872f7045c7d31a9d8c4770' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyGuardianSections' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GuardianSections' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Denied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessDenied' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnavailableSection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyUnavailable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmploymentSupportOfGuardian' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Guardian' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employmentSupport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'labourMarketMeasures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LabourMarketMeasures' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'enrolledOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dischargedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dischargeReason' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'caseworker' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'plannedEndDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'coach' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'occupationStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OccupationStatusHistory' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'periods' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuardianSections' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Guardian' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EmploymentSupportOfGuardian' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyGuardianSectionsQuery, FamilyGuardianSectionsQueryVariables>;
export const FamilyAccessLogDocument = {
  __meta__: { hash: 'sha256:dd6ada6ddbb42396b22496c76107dbd6158db42322246df4368ba7e130a8faf1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyAccessLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'school' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accessLog' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessLog' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'socialServices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accessLog' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessLog' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'healthCare' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accessLog' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessLog' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessLog' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessLogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyAccessLogQuery, FamilyAccessLogQueryVariables>;
export const FamilyAssignmentsDocument = {
  __meta__: { hash: 'sha256:c2a9a504d91e6ebebd1d7a92e9c65be00f201c4710a7bb404d54771937e693d4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyAssignments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fromTeam' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fromCoordinator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'toTeam' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'toCoordinator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyAssignmentsQuery, FamilyAssignmentsQueryVariables>;
export const MeDocument = {
  __meta__: { hash: 'sha256:ecef82a6f3ece07f4eb6b9a3c56e0ff9256b1be763cc0275f3a5f7473fa7bc92' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateFamilyDocument = {
  __meta__: { hash: 'sha256:cd1420406ae58a405cbd8b33f9bd52312c632b65221392de005e9bab476d5c7e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateFamilyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFamily' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFamilyMutation, CreateFamilyMutationVariables>;
export const FamilyObstaclesDocument = {
  __meta__: { hash: 'sha256:954ccf5344fcefa63eb718e820aace396f6f3b24247089fe8c35ff7b7713f3f3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyObstacles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'obstacles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ObstacleFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObstacleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Obstacle' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handling' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyObstaclesQuery, FamilyObstaclesQueryVariables>;
export const RecordObstacleDocument = {
  __meta__: { hash: 'sha256:a904fbb20b4fc31e9525716e2df7132354837d84f86f82ac376575dcea7b08df' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordObstacle' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordObstacleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordObstacle' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ObstacleFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObstacleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Obstacle' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handling' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordObstacleMutation, RecordObstacleMutationVariables>;
export const ObstacleOverviewDocument = {
  __meta__: { hash: 'sha256:0a972a5019c16b91b24684a0daf54d1d5c64cef15fab142d0ddc16afa13dc2a7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ObstacleOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'months' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obstacleOverview' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'months' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'months' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'obstacles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ObstacleFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgencyAndKind' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perMonth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'handled' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perQuarter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'handled' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObstacleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Obstacle' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handling' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ObstacleOverviewQuery, ObstacleOverviewQueryVariables>;
export const HandleObstacleDocument = {
  __meta__: { hash: 'sha256:68619a13c5e629f2b91d2764d800eb882a41b129fd4025fd295bf11640008156' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HandleObstacle' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'HandleObstacleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handleObstacle' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ObstacleFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObstacleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Obstacle' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handling' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HandleObstacleMutation, HandleObstacleMutationVariables>;
export const StatisticsObstaclesDocument = {
  __meta__: { hash: 'sha256:6c2547a09f97c3603d9e3b7252cfe6daf9a1bf96969067c5807b2c4c4b422409' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsObstacles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'obstacles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'handled' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'count' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byKind' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'count' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsObstaclesQuery, StatisticsObstaclesQueryVariables>;
export const RecordParentsOccupationDocument = {
  __meta__: { hash: 'sha256:953186658babfc9b006bcaa67933c506627035054ed93404c4daed825525d89d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordParentsOccupation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ParentsOccupationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordParentsOccupation' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parents' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordParentsOccupationMutation, RecordParentsOccupationMutationVariables>;
export const UpdatePlanDocument = {
  __meta__: { hash: 'sha256:3ea57f820484559fc2e94b7840c095b9964b6bea13cab9d5b61a770cef72a808' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePlanInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePlan' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SipPlanFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionStatusChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SipPlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SipPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyRepresentatives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responsibleAgency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'followUpDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latestNote' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionNoteFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const FamilyPlanDocument = {
  __meta__: { hash: 'sha256:93c0c4c0f4117164092aa603c0446eeb8d1f4689abf4e886f73b9c2ac71338f7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SipPlanFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attention' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionStatusChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SipPlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SipPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadAgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyRepresentatives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responsibleAgency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'followUpDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latestNote' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionNoteFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyPlanQuery, FamilyPlanQueryVariables>;
export const PlanVersionsDocument = {
  __meta__: { hash: 'sha256:27a6b6ce7f22dc49cfe1cf91c3a1e197b0e83f07e336ee86d9ad42d52fc720e5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'savedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'savedByName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'leadAgency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'participants' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goals' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'actions' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'responsibleAgency' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanVersionsQuery, PlanVersionsQueryVariables>;
export const FamilyRepresentativesDocument = {
  __meta__: { hash: 'sha256:b8e26f7903c8dc069fe4afe7d793254f62a4b4e42067f23193a92f552658b78a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyRepresentatives' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'representatives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'guardians' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isSelf' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'allows' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'history' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyRepresentativesQuery, FamilyRepresentativesQueryVariables>;
export const RepresentativeChoicesDocument = {
  __meta__: { hash: 'sha256:e77c5d733e9b7be962b74cbac40226836622a1a9e85d566519e204dfeb5def77' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RepresentativeChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'representativeChoices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RepresentativeChoicesQuery, RepresentativeChoicesQueryVariables>;
export const GiveRepresentativeDocument = {
  __meta__: { hash: 'sha256:1bf2e00f3dc47f809a114a4ff9ae2fca496400e5c0cde82aabd2ecbb16d690a6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GiveRepresentative' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GiveRepresentativeInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'giveRepresentative' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GiveRepresentativeMutation, GiveRepresentativeMutationVariables>;
export const WithdrawRepresentativeDocument = {
  __meta__: { hash: 'sha256:7699c8c0d53787c40e676a1211a3dc5cacaa658006a6af002162a0c5d2b9192a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawRepresentative' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'familyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'representative' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawRepresentative' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'familyId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'familyId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'representative' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'representative' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawRepresentativeMutation, WithdrawRepresentativeMutationVariables>;
export const RepresentedFamiliesDocument = {
  __meta__: { hash: 'sha256:2721d740a4d1d8bf409df325db66fbd59266771ce472111c245ea741e774d79c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RepresentedFamilies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'representedFamilies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coordinators' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'children' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leadAgency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'participants' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'familyRepresentatives' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'goals' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'responsibleAgency' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'obstacles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ObstacleFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contacts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyContactFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forWhom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'web' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitingAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openingHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'openingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ObstacleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Obstacle' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedByRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handling' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FamilyContact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupportServiceFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RepresentedFamiliesQuery, RepresentedFamiliesQueryVariables>;
export const RecordMeetingDocument = {
  __meta__: { hash: 'sha256:64c5cec8180ecf4273c11c2fe040451f0af86cd6292ad6821e878af7eef21f7d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMeetingInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMeeting' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarFile' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const RecordFollowUpDocument = {
  __meta__: { hash: 'sha256:446500c53fd4df3752ac98fcdafec7db0a5616b82b4762c10f9c56d897cc4ba4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFollowUpInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordFollowUp' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const FamilyRhythmDocument = {
  __meta__: { hash: 'sha256:fcbc1c4813d96d36dea005b1a62ea3ecaab2ad183688cc09f9a5821090a23703' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyRhythm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyRhythmFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarFile' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyRhythmFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Family' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyRhythmQuery, FamilyRhythmQueryVariables>;
export const StatisticsFamiliesDocument = {
  __meta__: { hash: 'sha256:4989240836c09dc8cc1974bae3a3dca587a597c7d92de607757112913b16e07f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsFamilies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'families' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'started' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ongoing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'closed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'started' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ongoing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'closed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsFamiliesQuery, StatisticsFamiliesQueryVariables>;
export const StatisticsConsentsByPurposeDocument = {
  __meta__: { hash: 'sha256:803adeec29eb0f0c31e58d6b40310da984f82cf6cb8bfe93d32ceafb20c576e2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsConsentsByPurpose' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'all' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsConsentCounts' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byPurpose' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'counts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsConsentCounts' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsConsentCounts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'active' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pending' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expired' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revoked' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsConsentsByPurposeQuery, StatisticsConsentsByPurposeQueryVariables>;
export const StatisticsConsentsByAgencyDocument = {
  __meta__: { hash: 'sha256:da03200a741be1b92a36320927b3de38682cbea0a658c165c64d5b4f88215e22' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsConsentsByAgency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'counts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsConsentCounts' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsConsentCounts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'active' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pending' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expired' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revoked' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsConsentsByAgencyQuery, StatisticsConsentsByAgencyQueryVariables>;
export const StatisticsWaitingDocument = {
  __meta__: { hash: 'sha256:077ad4c6329f618f84fc02c677639e5b4138f1f5912208e5af7fa1568bca5338' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsWaiting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'daysToFirstMeeting' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'families' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mean' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'median' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'daysToAgreedSip' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'families' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mean' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'median' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsWaitingQuery, StatisticsWaitingQueryVariables>;
export const StatisticsMeetingsDocument = {
  __meta__: { hash: 'sha256:b3f407d7e35a04490164ec9b35aa15ab57d864663ac94eae79a8cd10733572a1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsMeetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetingsPerMonth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'coordination' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sip' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'followUp' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jointHomeVisit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'checkIn' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'perFamily' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsMeetingsQuery, StatisticsMeetingsQueryVariables>;
export const StatisticsRatingsDocument = {
  __meta__: { hash: 'sha256:3854fbd37f1534d0ca1a1adb9568ab7ba3a3e0ff2ea4b10150c59a5088bd1539' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsRatings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUpRatings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'families' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'atStart' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'followedUp' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latest' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'change' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsRatingsQuery, StatisticsRatingsQueryVariables>;
export const StatisticsOccupationDocument = {
  __meta__: { hash: 'sha256:91bb04d3be4bd4a7dcf76aedd186fc72a4a7b7dbcc83549774dbe6228c7670c5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsOccupation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parentsOccupation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'atStart' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsOccupationCounts' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latest' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsOccupationCounts' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'notWorkingAtStart' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'backInWorkOrStudies' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsOccupationCounts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OccupationCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'work' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sickLeave' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unemployed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'other' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsOccupationQuery, StatisticsOccupationQueryVariables>;
export const StatisticsSchoolAbsenceDocument = {
  __meta__: { hash: 'sha256:a53265a668ad2b7e683c2f1bb8beb46403139c21c18b50709905eaf7574daa22' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsSchoolAbsence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'school' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'absenceByTermSinceStart' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'termsSinceStart' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'absencePercent' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsSchoolAbsenceQuery, StatisticsSchoolAbsenceQueryVariables>;
export const StatisticsSchoolSupportDocument = {
  __meta__: { hash: 'sha256:0aa87b526edaeafcebeed22f235732c360ad482ed5acde303ad547e6301da6c6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsSchoolSupport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'school' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supportMeasures' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'byKind' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'atStart' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shareAtStart' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'atEnd' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'shareAtEnd' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsSchoolSupportQuery, StatisticsSchoolSupportQueryVariables>;
export const StatisticsInterventionsDocument = {
  __meta__: { hash: 'sha256:a1d9a52682ad11b5661098dc93b8be373f7b18cfec8252be617c9f17b1a24849' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsInterventions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'socialServices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'interventionsByKind' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'interventions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'meanDays' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsInterventionsQuery, StatisticsInterventionsQueryVariables>;
export const StatisticsCareContactsDocument = {
  __meta__: { hash: 'sha256:e596a0468f0c9b760e0454e4a918a8e22e1697b23c2d648763aedc46e56f9852' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsCareContacts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsApplied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'healthCare' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'careContactsByYear' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'childrenWithoutContact' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'byUnitType' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'unitType' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'contacts' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'contactsPerChild' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsRatio' } },
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsApplied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Statistics' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Count' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsRatio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ratio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'perturbed' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsCareContactsQuery, StatisticsCareContactsQueryVariables>;
export const SupportCatalogueDocument = {
  __meta__: { hash: 'sha256:9a134d17fa6ecc022e313c8e39f24d1ebbdcf20fa24f5240c968e6b1a116dc44' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportCatalogue' },
      variableDefinitions: [
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportSearch' } } },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportCatalogue' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'search' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupportServiceFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMunicipalities' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forWhom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'web' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitingAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openingHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'openingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportCatalogueQuery, SupportCatalogueQueryVariables>;
export const SupportServiceChangesDocument = {
  __meta__: { hash: 'sha256:5d12731e505ff9bdd1406564374e4691cd9bd0166a0a5259506eeb4d8674c31e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportServiceChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportService' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportServiceChangesQuery, SupportServiceChangesQueryVariables>;
export const AddSupportServiceDocument = {
  __meta__: { hash: 'sha256:6c06f10cfa9eb5ef695fc0944162a432893bd863ef6d31dc2afc499f8d79fbb0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddSupportService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportServiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addSupportService' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupportServiceFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forWhom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'web' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitingAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openingHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'openingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddSupportServiceMutation, AddSupportServiceMutationVariables>;
export const UpdateSupportServiceDocument = {
  __meta__: { hash: 'sha256:9e1e9650bd20eae07b1c8d7622a959c22561281068ce02c826387fd0deeafd3f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSupportService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportServiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSupportService' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupportServiceFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forWhom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'web' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitingAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openingHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'openingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSupportServiceMutation, UpdateSupportServiceMutationVariables>;
export const RetireSupportServiceDocument = {
  __meta__: { hash: 'sha256:1948d79698f3d71fb9fdaec95f223d7f61677ad15bbda1142747ab5a511691a1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireSupportService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireSupportService' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetireSupportServiceMutation, RetireSupportServiceMutationVariables>;
export const FamilyContactsDocument = {
  __meta__: { hash: 'sha256:3eead40d232f801c62d19115dbd68f6f93c005517f4443d50af21c2d25bf1547' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyContacts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contacts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyContactFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupportServiceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forWhom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'web' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitingAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openingHours' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'openingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FamilyContact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'about' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupportServiceFields' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyContactsQuery, FamilyContactsQueryVariables>;
export const CatalogueChoicesDocument = {
  __meta__: { hash: 'sha256:3f913f4fb136c9e07f08150047a7c303421aad7a2819122e1759c13d63e66c5a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogueChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportCatalogue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogueChoicesQuery, CatalogueChoicesQueryVariables>;
export const AddFamilyContactDocument = {
  __meta__: { hash: 'sha256:f14a5e35bc089c68830e874fe00a88e02ec48f805a36c493038ba0a57eb65dff' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddFamilyContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FamilyContactInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addFamilyContact' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddFamilyContactMutation, AddFamilyContactMutationVariables>;
export const RemoveFamilyContactDocument = {
  __meta__: { hash: 'sha256:c9bb983fd46d4156b9d8d43ca41f2317caca463704d5a4d5e6a16de2f1baa83d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveFamilyContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeFamilyContact' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveFamilyContactMutation, RemoveFamilyContactMutationVariables>;
export const TeamsDocument = {
  __meta__: { hash: 'sha256:96ef6bf95b4ab29f65ed5058ad3831d62bccf7c2bfbdce47316f5a9bc03b2ccf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Teams' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const ReassignFamilyDocument = {
  __meta__: { hash: 'sha256:e84fe04aba617d46befb09262048fb502aba1b4672706f70fb97c6aa68ea6598' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReassignFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReassignFamilyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reassignFamily' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'familyReference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReassignFamilyMutation, ReassignFamilyMutationVariables>;
export const MyOrganisationDocument = {
  __meta__: { hash: 'sha256:20b14316549a94ba734c30c7b2ae7dfd7efc6a64e8634d44f4a5bc8a0490f8ea' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyOrganisation' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const TeamAreasDocument = {
  __meta__: { hash: 'sha256:403c1b8bb1269dc6d2aeb55dc1f9c3d5f5c2e7e7f9dbc947970a334022666ace' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamAreas' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseload' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamAreasQuery, TeamAreasQueryVariables>;
export const MyTeamAreasDocument = {
  __meta__: { hash: 'sha256:d637727494274334c98e9b154f6624c23939dcf3552122c3ce55b871dbcf97c2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTeamAreas' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipalities' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTeamAreasQuery, MyTeamAreasQueryVariables>;
export const WorkListDocument = {
  __meta__: { hash: 'sha256:dc1a56769415898a35d8d94aa64fc7c834dbae0736156adc6cdaf00508973af0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseload' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'age' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attention' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkListQuery, WorkListQueryVariables>;
export const FindFamilyDocument = {
  __meta__: { hash: 'sha256:64667da6bd23ee091e8f97947d845c7d5e4f287e8500774631fb0760ddaa9e65' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindFamilyQuery, FindFamilyQueryVariables>;
export const SearchFamiliesDocument = {
  __meta__: { hash: 'sha256:cd0bdaffd34573821eb55862ef8898bd5ec3583f2c068f95bb451b7b64141952' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchFamilies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'searchFamilies' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'text' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'age' } },
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchFamiliesQuery, SearchFamiliesQueryVariables>;
