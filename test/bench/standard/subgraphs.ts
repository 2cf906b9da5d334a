import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { executeApollo, type HttpResponse, type RunningServer, startHttpServer } from '@lotsen/kit';
import { parse } from 'graphql';
import { inventory, products, reviews, shippingEstimate, users } from './data.js';

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

/** The four subgraphs of the benchmark, with @key, @requires and @provides as in the original. */
export const definitions = {
  accounts: {
    sdl: `${link}
      type Query { me: User users: [User] }
      type User @key(fields: "id") { id: ID! name: String username: String @shareable birthDate: String }`,
    resolvers: {
      Query: { me: () => users[0], users: () => users },
      User: { __resolveReference: (ref: { id: string }) => users.find((u) => u.id === ref.id) },
    },
  },
  products: {
    sdl: `${link}
      type Query { topProducts(first: Int = 5): [Product] }
      type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }`,
    resolvers: {
      Query: { topProducts: (_: unknown, args: { first: number }) => products.slice(0, args.first) },
      Product: { __resolveReference: (ref: { upc: string }) => products.find((p) => p.upc === ref.upc) },
    },
  },
  inventory: {
    sdl: `${link}
      type Product @key(fields: "upc") { upc: String! weight: Int @external price: Int @external inStock: Boolean shippingEstimate: Int @requires(fields: "price weight") }`,
    resolvers: {
      Product: {
        __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ({ ...ref, ...inventory.find((i) => i.upc === ref.upc) }),
        shippingEstimate: (p: { price: number; weight: number }) => shippingEstimate(p),
      },
    },
  },
  reviews: {
    sdl: `${link}
      type Review @key(fields: "id") { id: ID! body: String author: User @provides(fields: "username") product: Product }
      type User @key(fields: "id") { id: ID! username: String @external reviews: [Review] }
      type Product @key(fields: "upc") { upc: String! reviews: [Review] }`,
    resolvers: {
      Review: {
        __resolveReference: (ref: { id: string }) => reviews.find((r) => r.id === ref.id),
        author: (r: { authorID: string }) => ({ __typename: 'User', id: r.authorID, username: users.find((u) => u.id === r.authorID)?.username }),
      },
      User: { reviews: (u: { id: string }) => reviews.filter((r) => r.authorID === u.id) },
      Product: { reviews: (p: { upc: string }) => reviews.filter((r) => r.product.upc === p.upc) },
    },
  },
} as const;

export type SubgraphName = keyof typeof definitions;

/**
 * Starts one subgraph as a plain @apollo/subgraph over HTTP, no authentication (the benchmark's
 * shape). Its data is static, so it answers a request body it has answered before from memory:
 * the published benchmark's subgraphs are compiled Rust and cost next to nothing, and these
 * share a core with the load generator, which must not become the limit of the gateway measured.
 */
export async function startBenchSubgraph(name: SubgraphName, port = 0): Promise<RunningServer> {
  const def = definitions[name];
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(def.sdl), resolvers: def.resolvers as never }),
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const answers = new Map<string, HttpResponse>();
  const server = await startHttpServer(
    {
      'POST /graphql': async (req) => {
        const known = answers.get(req.body);
        if (known) return known;
        const answer = await executeApollo(apollo, req, JSON.parse(req.body), async () => ({}));
        if (answer.status === 200 && answers.size < 1000) answers.set(req.body, answer);
        return answer;
      },
    },
    port,
  );
  return {
    ...server,
    close: async () => {
      await server.close();
      await apollo.stop();
    },
  };
}
