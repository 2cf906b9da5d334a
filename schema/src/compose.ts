import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphSdl } from './sdl.js';
import { subgraphs, supergraphFile } from './subgraphs.js';

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

export function writeSupergraph(): void {
  writeFileSync(supergraphFile, composeSupergraph());
}

/** True when the checked-in supergraph equals a fresh composition of the subgraphs' files. */
export function supergraphIsCurrent(readFile?: ReadFile): boolean {
  return readSupergraph() === composeSupergraph(readFile);
}
