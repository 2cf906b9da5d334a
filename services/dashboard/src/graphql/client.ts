import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { type ASTNode, Kind } from 'graphql';
import { persistedDocuments } from './persisted-documents.js';
import { persistedLink } from './persisted-link.js';

/** The text the generator hashed for the operation the HTTP link is printing. */
function persistedText(ast: ASTNode): string {
  const operation = ast.kind === Kind.DOCUMENT ? ast.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) : undefined;
  const text = operation?.name ? persistedDocuments.get(operation.name.value)?.text : undefined;
  if (!text) throw new Error('Operationen finns inte i listan över tillåtna operationer');
  return text;
}

/** Apollo Client for /graphql on this origin, with the user's access token as bearer. */
export function createClient(accessToken: () => string | null): ApolloClient<unknown> {
  const auth = setContext((_, { headers }) => {
    const token = accessToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const http = new HttpLink({ uri: '/graphql', print: persistedText });
  return new ApolloClient({
    link: ApolloLink.from([auth, persistedLink(persistedDocuments), http]),
    cache: new InMemoryCache({
      // A child and a user are known by their number and name; an agency section has no identity of
      // its own and belongs to its child, so what two queries ask of it is merged, not replaced.
      typePolicies: {
        Child: { keyFields: ['personnummer'] },
        User: { keyFields: ['username'] },
        // A survey question's id names the question, not its words: a guardian's and a child's wording
        // of one question share it, so a question is kept inside its respondent, never one cached object.
        SurveyQuestion: { keyFields: false },
        SchoolSection: { merge: true },
        SocialServicesSection: { merge: true },
        HealthCareSection: { merge: true },
        // A statistics answer is asked in parts, one operation per group of figures (the cost
        // limit): the parts of one filter's answer, and the school's two, are merged, not replaced.
        Statistics: { merge: true },
        SchoolStatistics: { merge: true },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
