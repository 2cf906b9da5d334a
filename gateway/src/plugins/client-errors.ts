import type { ApolloServerPlugin } from '@apollo/server';

/** Error codes that are the request's fault, never the server's. */
const clientCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'INVALID_GRAPHQL', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * A request refused before execution (a limit, a parse or validation failure, an unknown
 * operation) is answered 400, as GraphQL over HTTP expects, not 500.
 */
export const clientErrorsAre400: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data || !errors?.length) return;
        if (errors.every((e) => clientCodes.has(String(e.extensions?.code)))) response.http.status = 400;
      },
    };
  },
};
