import type { Agency, DataCategory } from '@lotsen/kit';

/** The words coordination's messages and calendar files use for the schema's enumerations, in Swedish. */

/** An agency inside a sentence: "hör inte till skolan". */
export const agencyInSentence: Record<Agency, string> = { SCHOOL: 'skolan', SOCIAL_SERVICES: 'socialtjänsten', HEALTH_CARE: 'hälso- och sjukvården' };

export const categoryName: Record<DataCategory, string> = {
  ENROLMENT: 'inskrivning',
  ATTENDANCE: 'närvaro och frånvaro',
  SUPPORT_MEASURES: 'stödinsatser i skolan',
  STUDENT_HEALTH: 'elevhälsa',
  CASE: 'ärenden',
  INTERVENTIONS: 'insatser',
  CARE_CONTACTS: 'vårdkontakter',
  APPOINTMENTS: 'bokade besök',
  DIAGNOSES: 'diagnoser',
};

export const meetingKindName: Record<string, string> = {
  COORDINATION: 'Samverkansmöte',
  SIP: 'SIP-möte',
  FOLLOW_UP: 'Uppföljningsmöte',
  JOINT_HOME_VISIT: 'Gemensamt hembesök',
  CHECK_IN: 'Avstämning mellan verksamheterna',
};

/** A list as Swedish writes it: "skolan, socialtjänsten och hälso- och sjukvården". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}
