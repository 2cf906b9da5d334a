import type { ApolloServerPlugin } from '@apollo/server';
import { controlCharacter, controlCharactersMessage, holdsControlCharacter } from '@lotsen/kit';
import { BREAK, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';

// A document is parsed once and reused for every request with the same text: so is its verdict.
const literalVerdicts = new WeakMap<DocumentNode, boolean>();

/** True when a string literal of the document (escapes decoded, e.g. "\u0000") holds a control character. */
export function literalHoldsControlCharacter(document: DocumentNode): boolean {
  let verdict = literalVerdicts.get(document);
  if (verdict === undefined) {
    let found = false;
    visit(document, {
      [Kind.STRING](node) {
        if (!controlCharacter.test(node.value)) return undefined;
        found = true;
        return BREAK;
      },
    });
    verdict = found;
    literalVerdicts.set(document, verdict);
  }
  return verdict;
}

/**
 * Text with control characters (variables or string literals) is refused with 400 and
 * BAD_USER_INPUT once the operation is known, before anything is planned or sent to a subgraph.
 */
export const controlCharactersRefused: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (holdsControlCharacter(request.variables) || literalHoldsControlCharacter(document)) {
          throw new GraphQLError(controlCharactersMessage, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        }
      },
    };
  },
};
