import type { DenialReason } from '../domain/agencies.js';

export type Purpose = 'COORDINATION' | 'SIP' | 'FOLLOW_UP';

export type Decision = { permit: true; consentId: string } | { permit: false; reason: DenialReason; message: string };

/** What a denial says when consent could not be checked: no grant, a bad one, or no registry answer. */
export const unavailable: Decision = {
  permit: false,
  reason: 'UNAVAILABLE',
  message: 'Samtycket kunde inte kontrolleras, så inget lämnas ut',
};
