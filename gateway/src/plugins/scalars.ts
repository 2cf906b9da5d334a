import type { ApolloGateway } from '@apollo/gateway';
import { scalarResolvers } from '@lotsen/kit';

/**
 * The supergraph knows Personnummer, Date and DateTime only by name; giving the gateway their
 * parsing refuses an invalid personal identity number or date at the door (400), before any
 * subgraph is asked, with the same message the subgraphs give.
 */
export function checkScalarsAtTheGateway(gateway: ApolloGateway): void {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    for (const [name, resolver] of Object.entries(scalarResolvers)) {
      const type = apiSchema.getType(name);
      // By tag, not instanceof: the gateway may hold another copy of graphql-js (CJS beside ESM).
      if (Object.prototype.toString.call(type) === '[object GraphQLScalarType]') Object.assign(type as object, { parseValue: resolver.parseValue, parseLiteral: resolver.parseLiteral });
    }
  });
}
