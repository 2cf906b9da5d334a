import type { Queryable } from '@lotsen/kit';
import { appendEvent, type ChangedBy } from './consent-writes.js';

export const closingReasons = ['GOALS_MET', 'MOVED', 'DECLINED_TO_CONTINUE', 'OTHER'] as const;
export type ClosingReason = (typeof closingReasons)[number];

export interface Closing {
  date: string;
  reason: ClosingReason;
  reasonText: string | null;
}

/**
 * Closes a family (docs/consent.md, "When coordination ends"), in the caller's transaction: the
 * family's closing, and the end of each of its children's consents for coordination and for a
 * SIP on the day before the closing (the last day it covered), each with an ENDED event and its audit event. A consent for follow-up
 * stands. Answers false when the family was closed already.
 */
export async function closeFamilyRows(tx: Queryable, familyId: string, closing: Closing, at: string, by: ChangedBy): Promise<boolean> {
  const closed = await tx.query('UPDATE families SET closed_on = $2, closed_reason = $3, closed_reason_text = $4, closed_by = $5 WHERE id = $1 AND closed_on IS NULL RETURNING id', [
    familyId,
    closing.date,
    closing.reason,
    closing.reasonText,
    by.identity.username,
  ]);
  if (closed.length === 0) return false;
  const ended = await tx.query<{ id: string; childPersonnummer: string }>(
    `UPDATE consents c SET valid_until = GREATEST(c.valid_from, $2::date - 1)
      WHERE c.child_personnummer IN (SELECT m.personnummer FROM family_members m WHERE m.family_id = $1 AND m.role = 'CHILD')
        AND c.purpose IN ('COORDINATION', 'SIP') AND c.revoked_at IS NULL AND c.valid_until >= $2::date
      RETURNING c.id, c.child_personnummer AS "childPersonnummer"`,
    [familyId, closing.date],
  );
  for (const consent of ended) await appendEvent(tx, consent, at, 'ENDED', by, { familyClosedOn: closing.date, reason: closing.reason });
  return true;
}

/** Opens a closed family again (its consents stay ended: coordination starts over with new ones). Answers false when it was open. */
export async function reopenFamilyRow(tx: Queryable, familyId: string): Promise<boolean> {
  const opened = await tx.query('UPDATE families SET closed_on = NULL, closed_reason = NULL, closed_reason_text = NULL, closed_by = NULL WHERE id = $1 AND closed_on IS NOT NULL RETURNING id', [
    familyId,
  ]);
  return opened.length > 0;
}
