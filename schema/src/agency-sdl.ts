import { agencies, agencyManifest } from '@lotsen/kit';

const quoted = (text: string) => JSON.stringify(text);

/**
 * The schema's `Agency` and `DataCategory` enumerations, generated from the agency manifest so
 * that an agency is declared once; `npm run schema:compose` writes them, `schema:check` holds
 * the checked-in file equal to them.
 */
export function agencyEnumsSdl(): string {
  const agencyValues = agencies.map((a) => `  ${quoted(agencyManifest[a].name)}\n  ${a}`);
  const categoryValues = agencies.flatMap((a) =>
    Object.entries(agencyManifest[a].categories as Record<string, { description: string }>).map(([category, c]) => `  ${quoted(`${a}: ${c.description}`)}\n  ${category}`),
  );
  return [
    '# Generated from the agency manifest (services/kit/src/domain/agency-manifest.ts) by npm run schema:compose. Do not edit.',
    '',
    '"An agency whose existing system Lotsen federates (the agency manifest)."',
    `enum Agency {\n${agencyValues.join('\n')}\n}`,
    '',
    '"Kind of data that a consent (samtycke) covers, per agency."',
    `enum DataCategory {\n${categoryValues.join('\n')}\n}`,
    '',
  ].join('\n');
}

/** The field of coordination's `Statistics` that carries an agency's signed follow-up cohort. */
export const cohortField = (field: string) => `${field}Cohort`;

/**
 * Coordination's fields that exist once per agency, generated from the manifest: the registry's
 * signed follow-up cohort each agency's statistics `@requires`.
 */
export function registryAgencyFieldsSdl(): string {
  const fields = agencies.map((a) => {
    const { section, name } = agencyManifest[a];
    return `  ${quoted(`The registry's signed follow-up cohort for ${a} (${name}), hidden from clients: the children it may count.`)}\n  ${cohortField(section.field)}: String @inaccessible`;
  });
  return [
    '# Generated from the agency manifest (services/kit/src/domain/agency-manifest.ts) by npm run schema:compose. Do not edit.',
    '',
    `extend type Statistics {\n${fields.join('\n')}\n}`,
    '',
  ].join('\n');
}
