import { envNumber } from '@lotsen/kit';
import { type ConsentPolicy, defaultPolicy } from './model.js';

/** The municipality's consent policy from the environment (docs/consent.md gives the legal ground). */
export function policyFromEnv(): ConsentPolicy {
  const policy = {
    childConsentAge: envNumber('CONSENT_CHILD_CONSENT_AGE', defaultPolicy.childConsentAge),
    childViewAge: envNumber('CONSENT_CHILD_VIEW_AGE', defaultPolicy.childViewAge),
    maxValidityMonths: envNumber('CONSENT_MAX_VALIDITY_MONTHS', defaultPolicy.maxValidityMonths),
  };
  if (policy.childViewAge > policy.childConsentAge) throw new Error('CONSENT_CHILD_VIEW_AGE must not exceed CONSENT_CHILD_CONSENT_AGE');
  if (policy.maxValidityMonths < 1 || policy.maxValidityMonths > 12) throw new Error('CONSENT_MAX_VALIDITY_MONTHS must be 1 to 12');
  return policy;
}
