import { readFileSync } from 'node:fs';
import { commonSchemaFile, subgraphs } from './subgraphs.js';

/** A subgraph's full SDL: its own file followed by the shared building blocks. */
export function subgraphSdl(name: string, readFile: (path: string) => string = readText): string {
  const entry = subgraphs.find((s) => s.name === name);
  if (!entry) throw new Error(`unknown subgraph '${name}'`);
  return `${readFile(entry.schemaFile)}\n${readFile(commonSchemaFile)}`;
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
