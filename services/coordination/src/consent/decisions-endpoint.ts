import {
  agencyOf,
  authenticated,
  type Decision,
  type DecisionBatchRequest,
  dataCategories,
  type Handler,
  type Identity,
  json,
  normalisePersonnummer,
  type TokenVerifier,
  todayInSweden,
  unavailable,
} from '@lotsen/kit';
import { custodiansOf } from '../register/population-register.js';
import type { ChildStanding } from '../store/families.js';
import { decide } from './decide.js';
import type { ConsentPolicy } from './model.js';
import type { OperationSnapshots } from './operation-snapshots.js';
import { readAtAgency } from './read-at-agency.js';

/** Whether the caller is assigned to the child's family, by role (DESIGN.md §5). */
function isAssigned(identity: Identity, standing: ChildStanding): boolean {
  switch (identity.role) {
    case 'COORDINATOR':
      return standing.assigned.includes(identity.username);
    case 'TEAM_LEAD':
      return identity.teamId === standing.teamId;
    default:
      // Guardians, agency staff and analysts read no other agency's data through Lotsen.
      return false;
  }
}

const noConsent: Decision = { permit: false, reason: 'NO_CONSENT', message: 'Barnet finns inte i samordningen; inget samtycke' };

/**
 * `POST /consent/decisions`: the consent registry's batch decision for an agency subgraph.
 * One call per operation, one answer per query in order. Storage failure answers 503 and the
 * caller denies everything (fail closed).
 */
export function decisionsEndpoint(snapshots: OperationSnapshots, verifier: TokenVerifier, now: () => Date, policy: ConsentPolicy): Handler {
  return authenticated(verifier, async (req, identity) => {
    const body = JSON.parse(req.body || '{}') as Partial<DecisionBatchRequest>;
    const purpose = body.purpose ?? 'COORDINATION';
    if (!Array.isArray(body.queries) || (purpose !== 'COORDINATION' && purpose !== 'SIP')) return json(400, { error: 'expected { purpose, queries: [{ personnummer, category }] }' });
    const queries = body.queries.map((q) => ({ personnummer: normalisePersonnummer(String(q?.personnummer ?? '')), category: dataCategories.includes(q?.category) ? q.category : null }));
    if (queries.some((q) => !q.personnummer || !q.category)) return json(400, { error: 'every query needs a valid personnummer and a known category' });
    const pnrs = [...new Set(queries.map((q) => q.personnummer as string))];
    let decisions: Decision[];
    try {
      const { standings, consents, register } = await snapshots.read(typeof body.operation === 'string' ? body.operation : undefined, identity.username, pnrs);
      const at = now();
      const today = todayInSweden(at);
      // Without the register nobody's custody is known, and no consent can be shown to hold.
      if (!register) return json(503, { decisions: queries.map(() => unavailable) });
      decisions = queries.map((q) => {
        const pnr = q.personnummer as string;
        const standing = standings.get(pnr);
        if (!standing) return noConsent;
        const category = q.category as NonNullable<typeof q.category>;
        const custodians = custodiansOf(register.get(pnr), today);
        if (identity.role === 'GUARDIAN' && identity.personnummer && custodians.includes(identity.personnummer)) return readAtAgency(agencyOf(category));
        return decide(consents.get(pnr) ?? [], { agency: agencyOf(category), category, purpose, recipientTeamId: identity.teamId, assigned: isAssigned(identity, standing), custodians }, at, policy);
      });
    } catch {
      return json(503, { decisions: queries.map(() => unavailable) });
    }
    return json(200, { decisions });
  });
}
