import { FamilyRhythmQuery } from '../../operations/rhythm.js';
import { WorkListQuery } from '../../operations/work-list.js';

/**
 * After a meeting or a follow-up is recorded, the family's meetings, follow-ups and signals and the
 * work list are read again, and waited for, so both show the change at once. Given as queries (not
 * names), the work list is read even while its page is not open, and is current when it is.
 */
export const refreshAfterRhythmChange = (reference: string) => ({
  refetchQueries: [{ query: FamilyRhythmQuery, variables: { reference } }, { query: WorkListQuery }],
  awaitRefetchQueries: true,
});
