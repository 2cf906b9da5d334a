// Which files outside an agency's folder name that agency (docs/agencies.md, "Adding an agency"):
// an agency is declared once, in the manifest, and everything else is derived or generated.
//   npm run agencies:check   lists, for every agency, the files that name it, and fails (exit 1)
//                            when an agency is named in more files than agency-names-ceiling.json
//                            allows it: none for an agency it does not list (every agency added
//                            since), and for the first three no more than at the end of the
//                            session that brought the manifest (the ceiling only goes down).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Agency, agencies, agencyManifest } from '@lotsen/kit';

const ceilingFile = 'scripts/agency-names-ceiling.json';

/** Where the agency is declared, the files generated from the declaration, and this check's own ceiling. */
const declaredOrGenerated = [
  'services/kit/src/domain/agency-manifest.ts',
  ceilingFile,
  'schema/src/agencies.graphql',
  'schema/src/registry-agency-fields.graphql',
  'schema/supergraph.graphql',
  'services/dashboard/schema.graphql',
  'services/dashboard/src/agencies/guardian-sections.ts',
  'package-lock.json',
];
const generatedFolders = ['services/dashboard/src/gql/'];

const pascal = (camel: string) => camel.charAt(0).toUpperCase() + camel.slice(1);
const constant = (kebab: string) => kebab.toUpperCase().replace(/-/g, '_');

/** Every way the agency is written: its code, its categories, its subgraph, section, package, variables and simulator. */
function spellings(agency: Agency): string[] {
  const a = agencyManifest[agency];
  return [
    agency,
    ...Object.keys(a.categories),
    a.subgraph.name,
    a.subgraph.package,
    `${constant(a.subgraph.name)}_URL`,
    a.section.field,
    pascal(a.section.field),
    a.system.urlVariable,
    a.system.simulator,
  ];
}

const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);

function namingFiles(agency: Agency): string[] {
  const { folder } = agencyManifest[agency];
  const words = new RegExp(
    `(?<![A-Za-z0-9_-])(${spellings(agency)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\/@-]/g, '\\$&'))
      .join('|')})(?![A-Za-z0-9_])`,
  );
  return files.filter((file) => {
    if (file.startsWith(`${folder}/`) || declaredOrGenerated.includes(file) || generatedFolders.some((g) => file.startsWith(g))) return false;
    try {
      return words.test(readFileSync(file, 'utf8'));
    } catch {
      return false;
    }
  });
}

const ceiling: Record<string, number> = JSON.parse(readFileSync(ceilingFile, 'utf8'));
let failed = false;
for (const agency of agencies) {
  const found = namingFiles(agency);
  const allowed = ceiling[agency] ?? 0;
  console.log(`${agency}: ${found.length} file(s) outside ${agencyManifest[agency].folder} name it (at most ${allowed})${found.length > 0 ? `\n  ${found.join('\n  ')}` : ''}`);
  if (found.length > allowed) failed = true;
}
if (failed) {
  console.error(`An agency is named outside its folder in more files than ${ceilingFile} allows: derive it from the manifest instead.`);
  process.exit(1);
}
