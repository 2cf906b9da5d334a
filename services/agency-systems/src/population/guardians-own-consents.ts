import { scopeAbout } from './builders.js';
import type { FamilyDraft } from './draft.js';
import { stableUuid } from './stable-share.js';
import type { Consent } from './types.js';

/**
 * A guardian's consent to sharing their own data (docs/consent.md, "A guardian's own data"):
 * where the family's first child's coordination consent holds, the first guardian gives their
 * own with it, on the same day and document, and the second gives none, so that every such
 * family shows one guardian's data released and the other's denied. Nothing is drawn, so the
 * seeded sequence stays as it was; with no such agency in the manifest there is none.
 */
export function guardiansOwnConsents(seed: number, family: FamilyDraft, today: string): Consent[] {
  const scope = scopeAbout('GUARDIAN');
  const first = family.guardians.find((g) => g.hasCustody);
  const coordination = family.consents.find(
    (c) => c.childPersonnummer === family.children[0]?.personnummer && c.purpose === 'COORDINATION' && c.revocation === null && c.validUntil >= today && c.parties.every((p) => p.decision === 'GIVEN'),
  );
  if (scope.length === 0 || !first || !coordination) return [];
  const given = coordination.parties.find((p) => p.personnummer === first.personnummer);
  if (!given) return [];
  return [
    {
      ...coordination,
      id: stableUuid(seed, `own|${first.personnummer}|${coordination.id}`),
      subjectPersonnummer: first.personnummer,
      parties: [given],
      scope,
      evidence: { ...coordination.evidence, documentRef: `${coordination.evidence.documentRef}-V` },
      revocation: null,
    },
  ];
}
