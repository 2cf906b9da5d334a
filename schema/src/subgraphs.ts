import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { agencies, agencyManifest } from '@lotsen/kit';

/** One entry per subgraph: the composition list, coordination's and one per agency of the manifest. */
export interface SubgraphEntry {
  name: string;
  /** Default port (the README's fixed ports); overridden per process by `<NAME>_URL`. */
  port: number;
  /** The subgraph's own SDL, which its package exports as `./schema.graphql`. */
  schemaFile: string;
}

const resolve = createRequire(import.meta.url).resolve;
const root = fileURLToPath(new URL('../../', import.meta.url));

export const subgraphs: readonly SubgraphEntry[] = [
  { name: 'coordination', port: 4001, schemaFile: resolve('@lotsen/coordination/schema.graphql') },
  ...agencies.map((a) => {
    const { subgraph } = agencyManifest[a];
    return { name: subgraph.name, port: subgraph.port, schemaFile: resolve(`${subgraph.package}/schema.graphql`) };
  }),
];

export const supergraphFile = `${root}schema/supergraph.graphql`;
export const commonSchemaFile = `${root}schema/src/common.graphql`;
/** The enumerations every subgraph shares that name agencies: generated from the manifest (agency-enums.ts). */
export const agencyEnumsFile = `${root}schema/src/agencies.graphql`;
/** Coordination's fields that exist once per agency: generated from the manifest (agency-sdl.ts). */
export const registryAgencyFieldsFile = `${root}schema/src/registry-agency-fields.graphql`;
