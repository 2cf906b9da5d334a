import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4.js';
import { careContactMeasureId } from './care-contact-measure.js';
import { clinicalSearches, type Paging } from './search-parameters.js';

const read = { code: 'read' as const };
const searchType = { code: 'search-type' as const };

/**
 * What the server does, as `GET /fhir/metadata` tells a client (R4 `CapabilityStatement`, kind
 * `instance`): the resources it reads and searches, their search parameters and includes, its
 * page sizes, and the measure operation.
 */
export function capabilityStatement(base: string, paging: Paging, date: string): CapabilityStatement {
  const clinical = Object.entries(clinicalSearches).map(
    ([type, references]): CapabilityStatementRestResource => ({
      type,
      interaction: [read, searchType],
      searchParam: Object.keys(references).map((name) => ({
        name,
        type: 'reference',
        documentation: `chained on the patient's identifier: ${references[name as keyof typeof references].length > 1 ? `${name}:Patient.identifier` : `${name}.identifier`}`,
      })),
      searchInclude: Object.keys(references)
        .filter((name) => name !== 'actor')
        .map((name) => `${type}:${name}`),
    }),
  );
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    implementation: { description: 'Health records of the region (simulated), FHIR R4', url: base },
    rest: [
      {
        mode: 'server',
        documentation: `Searches are paged: _count (${paging.defaultCount} by default, at most ${paging.maxCount}), Bundle.link next until the last page. Unknown search parameters are refused (handling=strict).`,
        resource: [
          { type: 'Patient', interaction: [read, searchType], searchParam: [{ name: 'identifier', type: 'token' }] },
          ...clinical,
          { type: 'Organization', interaction: [read, searchType] },
          { type: 'HealthcareService', interaction: [read] },
          {
            type: 'Measure',
            operation: [{ name: 'evaluate-measure', definition: 'http://hl7.org/fhir/OperationDefinition/Measure-evaluate-measure', documentation: `Measure/${careContactMeasureId} over a cohort` }],
          },
        ],
      },
    ],
  };
}
