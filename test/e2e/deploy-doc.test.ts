import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { agencies, agencyManifest, credentialVariables } from '@lotsen/kit';
import { subgraphs } from '@lotsen/schema';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Every TypeScript source file a service runs (its tests and the dashboard's browser code left out). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}
const serviceDirs = [
  'gateway/src',
  ...readdirSync(join(root, 'services'))
    .filter((s) => !['dashboard', 'local-stack'].includes(s))
    .map((s) => `services/${s}/src`),
];
const code = serviceDirs.flatMap((d) => sources(join(root, d))).map((f) => readFileSync(f, 'utf8'));

/** The variables the services read: by name in the code, and those whose names are made from the subgraph list and the agency manifest. */
const read = new Set([
  ...code.flatMap((text) => [...text.matchAll(/(?:process\.env\.|process\.env\[['"]|\benv(?:Number)?\(['"])([A-Z][A-Z0-9_]*)\b/g)].map((m) => m[1] as string)),
  // A list of names read together: ['SUBGRAPH_TLS_CERT', …].map((v) => process.env[v]).
  ...code.flatMap((text) =>
    [...text.matchAll(/\[((?:'[A-Z][A-Z0-9_]*',?\s*)+)\]\.map\(\(\w+\) => process\.env\[/g)].flatMap((m) => [...(m[1] as string).matchAll(/'([A-Z0-9_]+)'/g)].map((n) => n[1] as string)),
  ),
  ...subgraphs.map((s) => `${s.name.toUpperCase().replace(/-/g, '_')}_URL`),
  ...agencies.flatMap((a) => [agencyManifest[a].system.urlVariable, ...Object.values(credentialVariables(agencyManifest[a].system.urlVariable))]),
]);
/** Read only by tests and development tooling, not by a deployed service. */
const notDeployment = new Set(['TEST_DATABASE_URL', 'CI', 'VITEST']);

const doc = readFileSync(join(root, 'docs/deploy.md'), 'utf8');
const documented = new Set([...doc.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1] as string).filter((v) => v === 'HOST' || v === 'PORT' || v.includes('_')));
// `<SYSTEM>_CLIENT_ID` and its kin stand for each system's: expanded as the kit names them.
for (const [, suffix] of doc.matchAll(/`<SYSTEM>(_[A-Z_]+)`/g)) for (const a of agencies) documented.add(`${agencyManifest[a].system.urlVariable.replace(/_URL$/, '')}${suffix}`);
// `<NAME>_URL` stands for each subgraph's, by its name in the supergraph.
if (doc.includes('`<NAME>_URL`')) for (const s of subgraphs) documented.add(`${s.name.toUpperCase().replace(/-/g, '_')}_URL`);

describe('docs/deploy.md names the variables the services read', () => {
  it('documents every variable a service reads', () => {
    const missing = [...read].filter((v) => !documented.has(v) && !notDeployment.has(v)).sort();
    expect(missing).toEqual([]);
  });

  it('names no variable that no service reads', () => {
    const unknown = [...documented].filter((v) => !read.has(v)).sort();
    expect(unknown).toEqual([]);
  });
});
