import type { RepeatedStory, SupportRating } from '../gql/graphql.js';

/** The evaluation survey's answers in a guardian's words (docs/evaluation.md): on the family's page and in the statistics. */

export const supportRatingName: Record<SupportRating, string> = {
  VERY_BAD: 'Mycket dåligt',
  BAD: 'Ganska dåligt',
  OK: 'Varken bra eller dåligt',
  GOOD: 'Ganska bra',
  VERY_GOOD: 'Mycket bra',
};

export const repeatedStoryName: Record<RepeatedStory, string> = { MANY_TIMES: 'Ja, många gånger', SOMETIMES: 'Ja, någon gång', NO: 'Nej' };
