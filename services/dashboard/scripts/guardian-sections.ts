// The family page's sections of a guardian's own data, generated from the agency manifest
// (docs/agencies.md, "The dashboard's part"): every agency whose data is a guardian's gives its
// part from its own folder (`<package>/dashboard`), and this file composes them, so that an agency
// added with its folder and a manifest line appears on the page with nothing written here.
//   tsx scripts/guardian-sections.ts   writes src/agencies/guardian-sections.ts (npm run codegen, before graphql-codegen)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AgencyDeclaration, agencyManifest } from '@lotsen/kit/agency-manifest';
import { Kind, parse } from 'graphql';

export const generatedFile = new URL('../src/agencies/guardian-sections.ts', import.meta.url);

/** The name of the agency's one fragment on Guardian, or a clear error naming the module. */
function fragmentName(module: string, text: unknown): string {
  if (typeof text !== 'string') throw new Error(`${module} exports no guardianSection.fragment`);
  const definitions = parse(text).definitions;
  const [definition] = definitions;
  if (definitions.length !== 1 || definition?.kind !== Kind.FRAGMENT_DEFINITION || definition.typeCondition.name.value !== 'Guardian') {
    throw new Error(`${module}: guardianSection.fragment must be one fragment on Guardian`);
  }
  return definition.name.value;
}

/** The generated module's text, from the manifest and each guardian agency's dashboard module. */
export async function guardianSectionsSource(): Promise<string> {
  const declared = Object.entries(agencyManifest as Record<string, AgencyDeclaration>).filter(([, a]) => a.section.of === 'GUARDIAN');
  const agencies = await Promise.all(
    declared.map(async ([agency, a], i) => {
      const module = `${a.subgraph.package}/dashboard`;
      const { guardianSection } = (await import(module)) as { guardianSection?: { fragment?: unknown } };
      return { agency, module, local: `section${i}`, fragment: fragmentName(module, guardianSection?.fragment) };
    }),
  );
  const text = `// Generated from the agency manifest by scripts/guardian-sections.ts (npm run codegen): do not edit.
// Each agency whose data is a guardian's own gives its part of the family page from its folder (docs/agencies.md).
${agencies.map((a) => `import { guardianSection as ${a.local} } from '${a.module}';`).join('\n')}
import type { Agency, GuardianSectionsFragment as GuardianSections } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import type { GuardianSectionModule } from './guardian-section.js';

/** Every guardian agency's fragment, spread in the family query's guardians. */
export const GuardianSectionsFragment = graphql(\`
  fragment GuardianSections on Guardian {
    personnummer${agencies.map((a) => `\n    ...${a.fragment}`).join('')}
  }
\`);

/** The guardian agencies' dashboard modules, in the manifest's order. */
export const guardianSections: ReadonlyArray<{ agency: Agency; module: GuardianSectionModule<GuardianSections> }> = [
${agencies.map((a) => `  { agency: '${a.agency}', module: ${a.local} },`).join('\n')}
];
`;
  // Formatted as the rest of the source is, so that the checked-in file is exactly what this gives.
  return execFileSync('npx', ['biome', 'format', `--stdin-file-path=${fileURLToPath(generatedFile)}`], { input: text, encoding: 'utf8' });
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(generatedFile, await guardianSectionsSource());
