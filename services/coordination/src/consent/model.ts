import type { Agency, DataCategory, Purpose } from '@lotsen/kit';

/** A consent record (samtycke) as stored: never a flag, always who, what, to whom, why and how long. */
export interface ConsentRecord {
  id: string;
  childPersonnummer: string;
  /** The guardian whose own data the consent is about (docs/consent.md, "A guardian's own data"), its only party; null for the child's data. */
  subjectPersonnummer: string | null;
  purpose: Purpose;
  recipientTeamIds: string[];
  validFrom: string;
  validUntil: string;
  recordedAt: string;
  scope: { agency: Agency; category: DataCategory }[];
  parties: { personnummer: string; role: 'GUARDIAN' | 'CHILD'; decision: 'GIVEN' | 'REFUSED' | null; position: number; decidedAt?: string | null; method?: string | null }[];
  /** Who revoked it (a party's personnummer) and when; the reason is theirs to give or not. */
  revocation: { at: string; by: string; reason: string | null } | null;
}

export type ConsentStatus = 'PENDING' | 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** A guardian with custody of the child, and since when (the register's relation date). */
export interface Custodian {
  personnummer: string;
  since: string;
}

/** Consent policy (docs/consent.md gives the legal ground); configurable per municipality. */
export interface ConsentPolicy {
  /** From this age the child's own consent is required. */
  childConsentAge: number;
  /** From this age the child's view is recorded. */
  childViewAge: number;
  maxValidityMonths: number;
}

export const defaultPolicy: ConsentPolicy = { childConsentAge: 15, childViewAge: 12, maxValidityMonths: 12 };
