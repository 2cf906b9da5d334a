import { ageOn, birthDateOf, todayInSweden } from '@lotsen/kit';
import { type ConsentPolicy, type ConsentRecord, type ConsentStatus, defaultPolicy } from './model.js';

export interface DerivedStatus {
  status: ConsentStatus;
  /** For PENDING: who has not consented yet (guardian position or the child). */
  waitingFor: { role: 'GUARDIAN' | 'CHILD'; position: number } | null;
}

/**
 * Status is derived at read time, never stored: revoked, expired (the day after valid_until in
 * Sweden), pending (not yet valid, or a required party has not given consent: every guardian
 * with custody, and the child from the policy's age, counted on the day asked), else active.
 */
export function consentStatus(consent: ConsentRecord, now: Date, policy: ConsentPolicy = defaultPolicy): DerivedStatus {
  if (consent.revocation && new Date(consent.revocation.at) <= now) return { status: 'REVOKED', waitingFor: null };
  const today = todayInSweden(now);
  if (today > consent.validUntil) return { status: 'EXPIRED', waitingFor: null };
  const guardian = consent.parties
    .filter((p) => p.role === 'GUARDIAN')
    .sort((a, b) => a.position - b.position)
    .findIndex((p) => p.decision !== 'GIVEN');
  if (guardian >= 0) return { status: 'PENDING', waitingFor: { role: 'GUARDIAN', position: guardian + 1 } };
  if (consent.parties.every((p) => p.role !== 'GUARDIAN')) return { status: 'PENDING', waitingFor: { role: 'GUARDIAN', position: 1 } };
  const childRequired = ageOn(birthDateOf(consent.childPersonnummer), today) >= policy.childConsentAge;
  const child = consent.parties.find((p) => p.role === 'CHILD');
  if (childRequired && child?.decision !== 'GIVEN') return { status: 'PENDING', waitingFor: { role: 'CHILD', position: 0 } };
  if (today < consent.validFrom) return { status: 'PENDING', waitingFor: null };
  return { status: 'ACTIVE', waitingFor: null };
}
