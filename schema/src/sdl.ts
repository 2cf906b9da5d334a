import { readFileSync } from 'node:fs';
import { agencyEnumsFile, commonSchemaFile, registryAgencyFieldsFile, subgraphs } from './subgraphs.js';

/** A subgraph's full SDL: its own file and its feature folders' (coordination's with its per-agency fields), then the shared building blocks and the agencies' enumerations. */
export function subgraphSdl(name: string, readFile: (path: string) => string = readText): string {
  const entry = subgraphs.find((s) => s.name === name);
  if (!entry) throw new Error(`unknown subgraph '${name}'`);
  const perAgency = name === 'coordination' ? `\n${readFile(registryAgencyFieldsFile)}` : '';
  const features = entry.featureFiles.map((f) => `\n${readFile(f)}`).join('');
  return `${readFile(entry.schemaFile)}${features}${perAgency}\n${readFile(commonSchemaFile)}\n${readFile(agencyEnumsFile)}`;
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
