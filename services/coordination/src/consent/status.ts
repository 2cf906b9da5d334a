import { ageOn, birthDateOf, todayInSweden } from '@lotsen/kit';
import { type ConsentPolicy, type ConsentRecord, type ConsentStatus, type Custodian, defaultPolicy } from './model.js';

export interface DerivedStatus {
  status: ConsentStatus;
  /**
   * For PENDING: who has not consented yet: a guardian by their place among the child's current
   * custodians (1, 2), position 0 when the register names no custodian at all, or the child.
   */
  waitingFor: { role: 'GUARDIAN' | 'CHILD' | 'SUBJECT'; position: number } | null;
}

/**
 * Status is derived at read time, never stored: revoked, expired (the day after valid_until in
 * Sweden), pending (not yet valid, or a required party has not given consent: every guardian
 * with custody of the child per the population register on the day asked, whatever parties the
 * consent was recorded with, and the child from the policy's age), else active. A guardian who
 * no longer has custody no longer decides anything; a new custodian must give their own consent,
 * and so must one whose custody began again: a decision counts only when it was made on or after
 * the day the guardian's present custody began.
 */
export function consentStatus(consent: ConsentRecord, childsCustodians: readonly Custodian[], now: Date, policy: ConsentPolicy = defaultPolicy): DerivedStatus {
  const custodians = requiredGuardians(consent, childsCustodians);
  if (consent.revocation && new Date(consent.revocation.at) <= now) return { status: 'REVOKED', waitingFor: null };
  const today = todayInSweden(now);
  if (today > consent.validUntil) return { status: 'EXPIRED', waitingFor: null };
  if (custodians.length === 0) return { status: 'PENDING', waitingFor: { role: 'GUARDIAN', position: 0 } };
  const missing = custodians.findIndex((g) => !consent.parties.some((p) => p.role === 'GUARDIAN' && p.personnummer === g.personnummer && p.decision === 'GIVEN' && decidedSince(p.decidedAt, g.since)));
  // A consent about a guardian's own data waits for that guardian, whatever place they have among the child's.
  if (missing >= 0) return { status: 'PENDING', waitingFor: consent.subjectPersonnummer ? { role: 'SUBJECT', position: 0 } : { role: 'GUARDIAN', position: missing + 1 } };
  const childRequired = consent.subjectPersonnummer === null && ageOn(birthDateOf(consent.childPersonnummer), today) >= policy.childConsentAge;
  const child = consent.parties.find((p) => p.role === 'CHILD');
  if (childRequired && child?.decision !== 'GIVEN') return { status: 'PENDING', waitingFor: { role: 'CHILD', position: 0 } };
  if (today < consent.validFrom) return { status: 'PENDING', waitingFor: null };
  return { status: 'ACTIVE', waitingFor: null };
}

/**
 * Who must have given a consent: the child's guardians with custody, or, for a consent about a
 * guardian's own data, that guardian alone (another guardian's consent never releases it).
 */
export function requiredGuardians(consent: Pick<ConsentRecord, 'subjectPersonnummer'>, childsCustodians: readonly Custodian[]): readonly Custodian[] {
  return consent.subjectPersonnummer ? [{ personnummer: consent.subjectPersonnummer, since: '0001-01-01' }] : childsCustodians;
}

/** Whether a decision was made in the guardian's present custody (a decision with no time recorded counts). */
const decidedSince = (decidedAt: string | null | undefined, since: string) => !decidedAt || todayInSweden(new Date(decidedAt)) >= since;

/** The dashboard's words for a status that is not active, e.g. 'Väntar på vårdnadshavare 2'. */
export function pendingText(waitingFor: DerivedStatus['waitingFor'], validFrom: string): string {
  if (waitingFor?.role === 'CHILD') return 'Väntar på barnets samtycke';
  if (waitingFor?.role === 'SUBJECT') return 'Väntar på vårdnadshavarens eget samtycke';
  if (waitingFor?.position === 0) return 'Ingen vårdnadshavare finns i folkbokföringen';
  return waitingFor ? `Väntar på vårdnadshavare ${waitingFor.position}` : `Gäller från ${validFrom}`;
}
