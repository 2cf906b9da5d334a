/** The dashboard's operations, as a coordinator's client sends them. */

const denied = '... on AccessDenied { agency category reason message } ... on NotRecorded { agency category } ... on AgencyUnavailable { agency kind message }';

export const childView = `
  personnummer givenName age
  custody { kind guardians { givenName } }
  consents { id status statusText scope { agency categories } }
  school {
    enrolment { __typename ... on SchoolEnrolment { schoolUnit schoolType schoolYear group since } ${denied} }
    attendance { __typename ... on SchoolAttendance { offeredMinutes attendedMinutes invalidAbsenceMinutes absencePercent } ${denied} }
    supportMeasures { __typename ... on SupportMeasures { items { kind description actionProgramme } } ${denied} }
    studentHealth { __typename ... on StudentHealthContacts { items { date profession } } ${denied} }
  }
  socialServices {
    cases { __typename ... on SocialCases { items { caseId subject status caseworker { name } } } ${denied} }
    interventions { __typename ... on Interventions { items { kind label provider } } ${denied} }
  }
  healthCare {
    careContacts { __typename ... on CareContacts { items { date organisation } careTeams { name } } ${denied} }
    appointments { __typename ... on Appointments { items { start status } } ${denied} }
    diagnoses { __typename ... on Diagnoses { items { code display } } ${denied} }
  }`;

export const familyOverview = `query FamilyOverview($id: ID!) {
  family(id: $id) {
    id reference team { name } coordinators { username }
    guardians { givenName hasCustody }
    plan { leadAgency status nextFollowUp goals { area description actions { description responsibleAgency status dueDate } } }
    meetings { date kind summary }
    followUps { date area rating }
    children { ${childView} }
  }
}`;

export const caseload = `query Caseload {
  caseload {
    id reference
    plan { nextFollowUp }
    children { ${childView} }
  }
}`;

/** Which data category each section field of the child view answers. */
export const categoryOfField: Record<string, string> = {
  enrolment: 'ENROLMENT',
  attendance: 'ATTENDANCE',
  supportMeasures: 'SUPPORT_MEASURES',
  studentHealth: 'STUDENT_HEALTH',
  cases: 'CASE',
  interventions: 'INTERVENTIONS',
  careContacts: 'CARE_CONTACTS',
  appointments: 'APPOINTMENTS',
  diagnoses: 'DIAGNOSES',
};
