import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agencies, agencyManifest } from '@lotsen/kit';

/** One entry per subgraph: the composition list, coordination's and one per agency of the manifest. */
export interface SubgraphEntry {
  name: string;
  /** Default port (the README's fixed ports); overridden per process by `<NAME>_URL`. */
  port: number;
  /** The subgraph's own SDL, which its package exports as `./schema.graphql`. */
  schemaFile: string;
  /**
   * The SDL of its feature folders: each `*.graphql` one folder below `schemaFile`, beside the
   * resolvers it belongs to, extending the main file's types (`extend type Query`), in name order.
   */
  featureFiles: string[];
}

const resolve = createRequire(import.meta.url).resolve;
const root = fileURLToPath(new URL('../../', import.meta.url));

const entry = (name: string, port: number, schemaFile: string): SubgraphEntry => ({ name, port, schemaFile, featureFiles: featureFilesBeside(schemaFile) });

function featureFilesBeside(schemaFile: string): string[] {
  const dir = dirname(schemaFile);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => join(dir, d.name, f)),
    )
    .sort();
}

export const subgraphs: readonly SubgraphEntry[] = [
  entry('coordination', 4001, resolve('@lotsen/coordination/schema.graphql')),
  ...agencies.map((a) => {
    const { subgraph } = agencyManifest[a];
    return entry(subgraph.name, subgraph.port, resolve(`${subgraph.package}/schema.graphql`));
  }),
];

export const supergraphFile = `${root}schema/supergraph.graphql`;
export const commonSchemaFile = `${root}schema/src/common.graphql`;
/** The enumerations every subgraph shares that name agencies: generated from the manifest (agency-enums.ts). */
export const agencyEnumsFile = `${root}schema/src/agencies.graphql`;
/** Coordination's fields that exist once per agency: generated from the manifest (agency-sdl.ts). */
export const registryAgencyFieldsFile = `${root}schema/src/registry-agency-fields.graphql`;
