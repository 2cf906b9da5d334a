import { fileURLToPath } from 'node:url';

/** One entry per subgraph: the composition list. Adding an agency adds a line here. */
export interface SubgraphEntry {
  name: string;
  /** Default port (the README's fixed ports); overridden per process by `<NAME>_URL`. */
  port: number;
  /** The subgraph's own SDL, next to its resolvers. */
  schemaFile: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

export const subgraphs: readonly SubgraphEntry[] = [
  { name: 'coordination', port: 4001, schemaFile: `${root}services/coordination/src/schema.graphql` },
  { name: 'school', port: 4002, schemaFile: `${root}services/school/src/schema.graphql` },
  { name: 'social-services', port: 4003, schemaFile: `${root}services/social-services/src/schema.graphql` },
  { name: 'health-care', port: 4004, schemaFile: `${root}services/health-care/src/schema.graphql` },
];

export const supergraphFile = `${root}schema/supergraph.graphql`;
export const commonSchemaFile = `${root}schema/src/common.graphql`;
