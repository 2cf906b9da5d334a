import type { Agency, DataCategory, DenialReason } from '../gql/graphql.js';
import { agencyInSentence, categoryName, readAtAgency } from './terms.js';

export interface Denial {
  agency: Agency;
  category: DataCategory;
  reason: DenialReason;
  /** The registry's own sentence: who is awaited, since when, where a guardian asks. */
  message: string;
}

/**
 * The registry counts the guardians it waits for ("Väntar på vårdnadshavare 2"); the page knows
 * their names from the child's custody, and names the one awaited as the work list does.
 */
function withGuardianNamed(message: string, guardians: readonly string[]): string {
  const m = /^Väntar på vårdnadshavare (\d+)$/.exec(message);
  const name = m ? guardians[Number(m[1]) - 1] : undefined;
  return name ? `Väntar på ${name} (vårdnadshavare)` : message;
}

/**
 * Why a section is withheld, in words a coordinator or a guardian can act on. Where the reason
 * carries a fact only the registry knows (who is awaited, the day it ended, where to ask) its
 * sentence is used as it stands; the other reasons are worded here from agency and category.
 */
export function denialInWords(denial: Denial, guardians: readonly string[] = []): string {
  const agency = agencyInSentence[denial.agency];
  const message = denial.message.trim();
  switch (denial.reason) {
    case 'NO_CONSENT':
      return `Samtycke saknas för ${agency}`;
    case 'CATEGORY_NOT_COVERED':
      return `Samtycket omfattar inte ${categoryName[denial.category].toLowerCase()} från ${agency}`;
    case 'RECIPIENT_NOT_COVERED':
      return `Samtycket omfattar inte ert team: familjen behöver lämna samtycke till ert team för ${agency}`;
    case 'NOT_ASSIGNED':
      return 'Du är inte tilldelad den här familjen';
    case 'PENDING':
      return withGuardianNamed(message, guardians) || 'Samtycket väntar på en part';
    case 'EXPIRED':
      return message || 'Samtycket har upphört';
    case 'REVOKED':
      return message || 'Samtycket har återkallats';
    // Its sentence gives the day coordination ended (closeFamily).
    case 'FAMILY_CLOSED':
      return message || 'Familjens samordning har avslutats, så inga uppgifter hämtas längre';
    case 'READ_AT_AGENCY':
      return message || readAtAgency[denial.agency];
    // A block (spärr) in the agency's own system: said as it is, never what it covers, and no
    // step for the coordinator to take, as only the person who blocked can lift it there.
    case 'BLOCKED_AT_AGENCY':
      return `Spärrat hos ${agency}: uppgifterna visas inte här, oavsett samtycke. Spärren kan bara hävas där, av den som har begärt den.`;
    case 'UNAVAILABLE':
      return `Samtycket kunde inte kontrolleras just nu, så inget visas från ${agency}. Försök igen om en stund.`;
  }
}
