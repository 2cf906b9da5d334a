import { careContactsGroup, interventionsGroup, schoolAbsenceGroup, schoolSupportGroup } from './groups/agencies.js';
import { consentsByAgencyGroup, consentsByPurposeGroup, familiesGroup, meetingsGroup, occupationGroup, ratingsGroup, waitingGroup } from './groups/coordination.js';
import { familySurveyGroup } from './groups/family-survey.js';
import { obstaclesGroup } from './groups/obstacles.js';

/** Every group of figures, in the order the page offers and shows them: coordination's own, then the agencies'. */
export const figureGroups = [
  familiesGroup,
  consentsByPurposeGroup,
  consentsByAgencyGroup,
  waitingGroup,
  meetingsGroup,
  ratingsGroup,
  occupationGroup,
  familySurveyGroup,
  obstaclesGroup,
  schoolAbsenceGroup,
  schoolSupportGroup,
  interventionsGroup,
  careContactsGroup,
];

export const figureGroupById = new Map(figureGroups.map((g) => [g.id, g]));
