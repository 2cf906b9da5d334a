import { type Agency, agencyManifest, type DataCategory, type Decision, type Purpose, todayInSweden } from '@lotsen/kit';
import { type ConsentPolicy, type ConsentRecord, type Custodian, defaultPolicy } from './model.js';
import { consentStatus, pendingText } from './status.js';

export interface DecisionRequest {
  agency: Agency;
  category: DataCategory;
  purpose: Purpose;
  /** The asking team (the recipient the consent must name). */
  recipientTeamId: string | null;
  /** Whether the asker is assigned to the child's family (checked by the caller against storage). */
  assigned: boolean;
  /** The child's guardians with custody now, per the population register: the parties who must consent. */
  custodians: readonly Custodian[];
}

const deny = (reason: Exclude<Decision, { permit: true }>['reason'], message: string): Decision => ({ permit: false, reason, message });

/**
 * The decision, a pure function of the child's consents, the request and the time: a permit
 * names the consent it rests on; a denial gives one reason and a sentence for the dashboard.
 */
export function decide(consents: readonly ConsentRecord[], request: DecisionRequest, now: Date, policy: ConsentPolicy = defaultPolicy): Decision {
  if (!request.assigned) return deny('NOT_ASSIGNED', 'Du är inte tilldelad den här familjen');
  const relevant = consents.filter((c) => c.purpose === request.purpose);
  const withStatus = relevant.map((c) => ({ c, ...consentStatus(c, request.custodians, now, policy) }));
  const covers = (c: ConsentRecord) => c.scope.some((s) => s.agency === request.agency && s.category === request.category);
  const covering = withStatus.filter((x) => covers(x.c));
  const active = covering.filter((x) => x.status === 'ACTIVE');
  const permits = active.filter((x) => request.recipientTeamId !== null && x.c.recipientTeamIds.includes(request.recipientTeamId));
  if (permits.length > 0) {
    // Several may cover it: rest on the one that lasts longest, ties broken by id, so the answer is stable.
    const best = permits.sort((a, b) => b.c.validUntil.localeCompare(a.c.validUntil) || a.c.id.localeCompare(b.c.id))[0];
    return { permit: true, consentId: (best as (typeof permits)[number]).c.id };
  }
  if (active.length > 0) return deny('RECIPIENT_NOT_COVERED', 'Samtycket omfattar inte ert team');
  if (covering.length === 0) {
    return withStatus.some((x) => x.status === 'ACTIVE')
      ? deny('CATEGORY_NOT_COVERED', `Samtycket omfattar inte de här uppgifterna från ${agencyManifest[request.agency].inSentence}`)
      : deny('NO_CONSENT', `Inget samtycke för ${agencyManifest[request.agency].inSentence}`);
  }
  // Nothing active covers it: explain by the most recently recorded consent that would have.
  const latest = covering.sort((a, b) => b.c.recordedAt.localeCompare(a.c.recordedAt) || a.c.id.localeCompare(b.c.id))[0] as (typeof covering)[number];
  switch (latest.status) {
    case 'REVOKED':
      return deny('REVOKED', `Samtycket återkallades ${latest.c.revocation ? todayInSweden(new Date(latest.c.revocation.at)) : ''}`.trim());
    case 'EXPIRED':
      return deny('EXPIRED', `Samtycket gällde till och med ${latest.c.validUntil}`);
    default:
      return deny('PENDING', latest.waitingFor ? pendingText(latest.waitingFor, latest.c.validFrom) : `Samtycket gäller från ${latest.c.validFrom}`);
  }
}
