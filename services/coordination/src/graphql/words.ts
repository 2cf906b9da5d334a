import { type Agency, agencyManifest, categoryName, type DataCategory } from '@lotsen/kit';

/** The words coordination's messages and calendar files use for the schema's enumerations, in Swedish. */

/** An agency inside a sentence: "hör inte till skolan". */
export const agencyInSentence = (agency: Agency): string => agencyManifest[agency].inSentence;

/** A category inside a sentence: "närvaro och frånvaro". */
export const categoryInSentence = (category: DataCategory): string => categoryName(category).toLowerCase();

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
