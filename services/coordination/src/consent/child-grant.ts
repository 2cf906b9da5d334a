import { agencyOf, categoriesAbout, type DataCategory, type Decision, type GrantBody, type Identity, todayInSweden, unavailable } from '@lotsen/kit';
import { custodyOn } from '../register/population-register.js';
import type { ChildStanding } from '../store/families.js';
import { decide } from './decide.js';
import type { ConsentPolicy } from './model.js';
import type { OperationSnapshot } from './operation-snapshots.js';
import { readAtAgency } from './read-at-agency.js';

/** Whether the caller is assigned to the child's family, by role (docs/security.md). */
function isAssigned(identity: Identity, standing: ChildStanding): boolean {
  switch (identity.role) {
    case 'COORDINATOR':
      return standing.assigned.includes(identity.username);
    case 'TEAM_LEAD':
      return identity.teamId === standing.teamId;
    default:
      // Guardians, agency staff and analysts read no agency's data through Lotsen.
      return false;
  }
}

const noConsent: Decision = { permit: false, reason: 'NO_CONSENT', message: 'Barnet finns inte i samordningen; inget samtycke' };
/** A family representative is no recipient of any consent: no agency's data reaches them through Lotsen (docs/representatives.md). */
const notARecipient: Decision = { permit: false, reason: 'RECIPIENT_NOT_COVERED', message: 'Ett familjeombud tar inte del av verksamheternas uppgifter genom Lotsen' };
/** After closeFamily nothing is read for the family's children, whatever a consent says (docs/consent.md, "When coordination ends"). */
const familyClosed = (on: string): Decision => ({ permit: false, reason: 'FAMILY_CLOSED', message: `Samordningen avslutades ${on}; inga uppgifter hämtas längre` });

/**
 * What a grant says about one child for one caller: every category of every agency decided on
 * the operation's reading (purpose COORDINATION), and whether the caller has custody. Without the
 * population register's answer nothing resting on custody holds: every decision is UNAVAILABLE.
 */
export function grantBody(identity: Identity, reading: OperationSnapshot, child: string, at: Date, policy: ConsentPolicy): GrantBody {
  const decisions: Partial<Record<DataCategory, Decision>> = {};
  const all = (d: (category: DataCategory) => Decision) => {
    for (const category of categoriesAbout('CHILD')) decisions[category] = d(category);
  };
  const standing = reading.standings.get(child);
  if (!reading.register) {
    all(() => unavailable);
    return { pnr: child, guardian: false, decisions };
  }
  const custodians = custodyOn(reading.register.get(child), todayInSweden(at));
  const guardian = identity.role === 'GUARDIAN' && custodians.some((g) => g.personnummer === identity.personnummer);
  if (guardian) all((category) => readAtAgency(agencyOf(category)));
  else if (identity.role === 'FAMILY_REPRESENTATIVE') all(() => notARecipient);
  else if (!standing) all(() => noConsent);
  else if (standing.closedOn && standing.closedOn <= todayInSweden(at)) all(() => familyClosed(standing.closedOn as string));
  else {
    // A guardian's consent about their own data never releases the child's.
    const consents = (reading.consents.get(child) ?? []).filter((c) => c.subjectPersonnummer === null);
    const assigned = isAssigned(identity, standing);
    all((category) => decide(consents, { agency: agencyOf(category), category, purpose: 'COORDINATION', recipientTeamId: identity.teamId, assigned, custodians }, at, policy));
  }
  return { pnr: child, guardian, decisions };
}

/**
 * What a grant says about a guardian's own data (docs/consent.md, "A guardian's own data"), for a
 * guardian met through a child of a family: decided on that guardian's own consents alone, for a
 * guardian with custody of the child today per the register (so, without the register's answer,
 * nothing), in that child's family, for a caller assigned to it. The guardian themself reads
 * where each agency keeps their records, and may read their access log.
 */
export function guardianGrantBody(identity: Identity, reading: OperationSnapshot, guardian: string, child: string, at: Date, policy: ConsentPolicy): GrantBody {
  const decisions: Partial<Record<DataCategory, Decision>> = {};
  const all = (d: (category: DataCategory) => Decision) => {
    for (const category of categoriesAbout('GUARDIAN')) decisions[category] = d(category);
  };
  const self = identity.role === 'GUARDIAN' && identity.personnummer === guardian;
  const standing = reading.standings.get(child);
  const custodians = reading.register ? custodyOn(reading.register.get(child), todayInSweden(at)) : null;
  if (!custodians) all(() => unavailable);
  else if (!custodians.some((g) => g.personnummer === guardian)) all(() => noConsent);
  else if (self) all((category) => readAtAgency(agencyOf(category)));
  else if (!standing) all(() => noConsent);
  else if (standing.closedOn && standing.closedOn <= todayInSweden(at)) all(() => familyClosed(standing.closedOn as string));
  else {
    // Their own, whichever child of theirs it was recorded with.
    const consents = (reading.consents.get(guardian) ?? []).filter((c) => c.subjectPersonnummer === guardian);
    const assigned = isAssigned(identity, standing);
    // The guardian is the only party: the child's other guardian decides nothing here.
    const own = [{ personnummer: guardian, since: '0001-01-01' }];
    all((category) => decide(consents, { agency: agencyOf(category), category, purpose: 'COORDINATION', recipientTeamId: identity.teamId, assigned, custodians: own }, at, policy));
  }
  return { pnr: guardian, guardian: self && custodians !== null, decisions };
}
