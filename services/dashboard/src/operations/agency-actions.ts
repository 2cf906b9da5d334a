import { graphql } from '../gql/index.js';

/**
 * The SIP actions the signed-in agency staff member's agency holds, as the graph scopes them: the
 * family's reference, the consenting children's given names, the goal and the next follow-up.
 */
export const AgencyActionsQuery = graphql(`
  query AgencyActions {
    agencyActions {
      familyReference
      children
      area
      goal
      nextFollowUp
      action {
        id
        description
        responsibleAgency
        dueDate
        status
        followUpDate
        latestNote {
          ...ActionNoteFields
        }
      }
    }
  }
`);

/** Agency staff mark progress on one of their agency's actions, with a short note. */
export const UpdateActionStatusMutation = graphql(`
  mutation UpdateActionStatus($actionId: ID!, $status: ActionStatus!, $note: String) {
    updateActionStatus(actionId: $actionId, status: $status, note: $note) {
      id
      status
      latestNote {
        ...ActionNoteFields
      }
    }
  }
`);
