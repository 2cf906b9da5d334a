// Generated from the agency manifest by scripts/guardian-sections.ts (npm run codegen): do not edit.
// Each agency whose data is a guardian's own gives its part of the family page from its folder (docs/agencies.md).
import { guardianSection as section0 } from '@lotsen/employment-support/dashboard';
import type { Agency, GuardianSectionsFragment as GuardianSections } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import type { GuardianSectionModule } from './guardian-section.js';

/** Every guardian agency's fragment, spread in the family query's guardians. */
export const GuardianSectionsFragment = graphql(`
  fragment GuardianSections on Guardian {
    personnummer
    ...EmploymentSupportOfGuardian
  }
`);

/** The guardian agencies' dashboard modules, in the manifest's order. */
export const guardianSections: ReadonlyArray<{ agency: Agency; module: GuardianSectionModule<GuardianSections> }> = [{ agency: 'EMPLOYMENT_SUPPORT', module: section0 }];
