import type { DataCategory, DenialReason } from '../domain/agencies.js';

export type Purpose = 'COORDINATION' | 'SIP';

/** One question to the consent registry: may this category of this child's data be released? */
export interface DecisionQuery {
  personnummer: string;
  category: DataCategory;
}

export type Decision = { permit: true; consentId: string } | { permit: false; reason: DenialReason; message: string };

export const unavailable: Decision = {
  permit: false,
  reason: 'UNAVAILABLE',
  message: 'Samtycket kunde inte kontrolleras, så inget lämnas ut',
};

/** Wire format of `POST /consent/decisions` on the coordination service. */
export interface DecisionBatchRequest {
  purpose: Purpose;
  /** The operation asking (the gateway's request id): its batches are decided on one reading of the consents. */
  operation?: string;
  queries: readonly DecisionQuery[];
}
export interface DecisionBatchResponse {
  decisions: Decision[];
}

export const decisionsPath = '/consent/decisions';
