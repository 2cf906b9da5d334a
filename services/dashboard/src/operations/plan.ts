import { graphql } from '../gql/index.js';

/** Everything a SIP says: for the family page, the editor and the printed document. */
export const SipPlanFieldsFragment = graphql(`
  fragment SipPlanFields on SipPlan {
    id
    leadAgency
    status
    createdOn
    nextFollowUp
    version
    participants {
      name
      agency
      role
    }
    familyRepresentatives {
      name
      role
    }
    goals {
      id
      area
      description
      actions {
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

/** Agency staff's latest word on an action: what they reported, who, when. */
export const ActionNoteFieldsFragment = graphql(`
  fragment ActionNoteFields on ActionStatusChange {
    at
    status
    note
    byName
    agency
  }
`);

/** Writes the whole plan (goals per outcome area, their actions, lead agency, participants, next follow-up): the graph replaces the plan it had. */
export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      ...SipPlanFields
    }
  }
`);

/**
 * What a change to the plan changes on the family page: the plan and the signals (an action
 * past its day, a follow-up missed). Read again after the plan is saved, without reading the
 * agencies' sections again.
 */
export const FamilyPlanQuery = graphql(`
  query FamilyPlan($reference: String!) {
    familyByReference(reference: $reference) {
      id
      plan {
        ...SipPlanFields
      }
      attention {
        kind
        text
        since
      }
    }
  }
`);

/** Every saved version of the plan, read when the coordinator opens "Tidigare versioner". */
export const PlanVersionsQuery = graphql(`
  query PlanVersions($reference: String!) {
    familyByReference(reference: $reference) {
      id
      plan {
        id
        versions {
          number
          savedAt
          savedByName
          leadAgency
          status
          nextFollowUp
          participants {
            name
            agency
            role
          }
          goals {
            id
            area
            description
            actions {
              id
              description
              responsibleAgency
              dueDate
              status
            }
          }
        }
      }
    }
  }
`);
