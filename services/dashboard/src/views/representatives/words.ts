import type { RepresentativePermission } from '../../gql/graphql.js';

export const representativePermissions: RepresentativePermission[] = ['READ_PAGE', 'RECORD_OBSTACLES', 'SIP_PARTICIPANT'];

/** What a permission lets the representative do, as a checkbox says it. */
export const permissionName: Record<RepresentativePermission, string> = {
  READ_PAGE: 'Läsa familjens sida: planen, mötena och hindren',
  RECORD_OBSTACLES: 'Registrera hinder som familjen möter',
  SIP_PARTICIPANT: 'Delta i SIP som familjens ombud',
};

/** The same inside a sentence. */
export const permissionInSentence: Record<RepresentativePermission, string> = {
  READ_PAGE: 'läsa familjens sida',
  RECORD_OBSTACLES: 'registrera hinder',
  SIP_PARTICIPANT: 'delta i SIP',
};

/** "läsa familjens sida, registrera hinder och delta i SIP". */
export function permissionsInWords(permissions: readonly RepresentativePermission[]): string {
  const words = representativePermissions.filter((p) => permissions.includes(p)).map((p) => permissionInSentence[p]);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} och ${words.at(-1)}`;
}
