import { readFileSync } from 'node:fs';
import { type AgencyDeclaration, agencyManifest } from '@lotsen/kit/agency-manifest';
import { describe, expect, it } from 'vitest';
import { generatedFile, guardianSectionsSource } from '../scripts/guardian-sections.js';
import { guardianSections } from '../src/agencies/guardian-sections.js';

describe("the guardians' sections, generated from the agency manifest", () => {
  it('are checked in exactly as a fresh generation writes them (npm run codegen)', async () => {
    expect(readFileSync(generatedFile, 'utf8')).toBe(await guardianSectionsSource());
  }, 30_000);

  it('hold every agency whose data is a guardian’s, in the manifest’s order, each with its fragment on Guardian', () => {
    const declared = Object.entries(agencyManifest as Record<string, AgencyDeclaration>).filter(([, a]) => a.section.of === 'GUARDIAN');
    expect(guardianSections.map((s) => s.agency)).toEqual(declared.map(([agency]) => agency));
    expect(declared.length).toBeGreaterThan(0);
    for (const { module } of guardianSections) expect(module.fragment).toMatch(/^\s*fragment \w+ on Guardian \{/);
  });
});
