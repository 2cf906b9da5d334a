import type { FamilyDraft } from './draft.js';
import { stableShare, stableUuid } from './stable-share.js';
import type { Consent } from './types.js';

/** Share of the random families' children with a consent in force who also consent to follow-up. */
const followUpShare = 0.6;

/**
 * Consents of purpose follow-up (uppföljning): most children of the random families whose
 * coordination consent holds also let the agencies count them in follow-up statistics, with the
 * same parties, scope and validity, recorded on the same document. Drawn from stable shares, so
 * the seeded sequence, and the archetype families, stay as they were.
 */
export function followUpConsents(seed: number, family: FamilyDraft, today: string): Consent[] {
  if (family.archetype !== null) return [];
  return family.consents
    .filter((c) => c.purpose === 'COORDINATION' && c.revocation === null && c.validUntil >= today && c.parties.every((p) => p.decision === 'GIVEN'))
    .filter((c) => stableShare(seed, `follow-up|${c.childPersonnummer}`) < followUpShare)
    .map((c) => ({ ...c, id: stableUuid(seed, `follow-up|${c.id}`), purpose: 'FOLLOW_UP', evidence: { ...c.evidence, documentRef: `${c.evidence.documentRef}-U` } }));
}
