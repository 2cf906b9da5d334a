/**
 * The consent policy's ages as the server applies them by default (docs/consent.md:
 * CONSENT_CHILD_VIEW_AGE, CONSENT_CHILD_CONSENT_AGE). The page uses them to ask for what will be
 * needed; the server decides, and its refusal is shown if a municipality set other ages.
 */
export const childViewAge = 12;
export const childConsentAge = 15;
