import { graphql } from '../gql/index.js';

// Tenancy (docs/tenancy.md): the organisation agency staff and analysts serve, and the
// municipalities a team serves and its families live in.

/** The caller's organisation, the municipalities it covers and the teams serving them. */
export const MyOrganisationQuery = graphql(`
  query MyOrganisation {
    myOrganisation {
      kind
      name
      municipalities
      teams {
        id
        name
        municipality
        municipalities
      }
    }
  }
`);

/** For a team lead's page: where each team works, and where each of the team's families lives. */
export const TeamAreasQuery = graphql(`
  query TeamAreas {
    teams {
      id
      municipalities
      region
    }
    caseload {
      id
      municipality
    }
  }
`);

/** For a coordinator taking a family in: the municipalities their team serves. */
export const MyTeamAreasQuery = graphql(`
  query MyTeamAreas {
    me {
      username
      team {
        id
        municipalities
      }
    }
  }
`);
