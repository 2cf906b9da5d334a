import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { agencyEnumsSdl, registryAgencyFieldsSdl } from './agency-sdl.js';
import { subgraphSdl } from './sdl.js';
import { agencyEnumsFile, registryAgencyFieldsFile, subgraphs, supergraphFile } from './subgraphs.js';

export type ReadFile = (path: string) => string;

/** Composes the supergraph from the subgraphs' SDL files; throws with every composition error. */
export function composeSupergraph(readFile?: ReadFile): string {
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      url: `http://localhost:${s.port}/graphql`,
      typeDefs: parse(subgraphSdl(s.name, readFile)),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

export function readSupergraph(): string {
  return readFileSync(supergraphFile, 'utf8');
}

/** The SDL files generated from the agency manifest, with what they must hold. */
const generated = (): [string, string][] => [
  [agencyEnumsFile, agencyEnumsSdl()],
  [registryAgencyFieldsFile, registryAgencyFieldsSdl()],
];

/** Writes the agencies' enumerations from the manifest, then the supergraph composed with them. */
export function writeSupergraph(): void {
  for (const [file, sdl] of generated()) writeFileSync(file, sdl);
  writeFileSync(supergraphFile, composeSupergraph());
}

/** True when the checked-in enumerations equal the manifest's and the supergraph a fresh composition of the subgraphs' files. */
export function supergraphIsCurrent(readFile?: ReadFile): boolean {
  return generated().every(([file, sdl]) => readFileSync(file, 'utf8') === sdl) && readSupergraph() === composeSupergraph(readFile);
}
