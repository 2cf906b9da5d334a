import type { ConsentStatus } from '../gql/graphql.js';
import { consentStatusName } from './terms.js';

/**
 * A consent's status with the graph's sentence of why, said once: the badge "Väntar" and the
 * sentence "Väntar på Anna Lindberg (vårdnadshavare)" read as "Väntar på Anna Lindberg
 * (vårdnadshavare)", not "Väntar Väntar på …". Returns what follows the status' own name.
 */
export function statusRest(status: ConsentStatus, statusText: string | null | undefined): string {
  const text = statusText?.trim() ?? '';
  const name = consentStatusName[status];
  if (!text) return '';
  return text.toLocaleLowerCase('sv').startsWith(name.toLocaleLowerCase('sv')) ? text.slice(name.length).trim() : text;
}

/** The status in a sentence, lower case: "väntar på Anna Lindberg (vårdnadshavare)", "gäller till och med 2027-06-30". */
export function statusInSentence(status: ConsentStatus, statusText: string | null | undefined, validUntil: string): string {
  const name = consentStatusName[status].toLocaleLowerCase('sv');
  const rest = statusRest(status, statusText);
  if (status === 'ACTIVE' && !rest) return `${name} till och med ${validUntil}`;
  if (!rest) return name;
  // A sentence of its own ("Gällde till och med …") follows in brackets; a continuation follows on.
  return statusText?.trim().toLocaleLowerCase('sv').startsWith(name) ? `${name} ${rest}` : `${name} (${rest})`;
}
