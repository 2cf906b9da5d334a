import { identifierSystemOf } from '@lotsen/kit';
import type { Parameters } from 'fhir/r4.js';

/**
 * The body of the care-contacts `$evaluate-measure` request (FHIR R4 Parameters), the cohort
 * inline as a Group of type person: the registry's for this request only, not a stored Group.
 * A region's cohort is ninety thousand members, about 9 MB of JSON; they are written as text,
 * each value through JSON.stringify, not built as three objects per member and stringified
 * again: about a third less time, and nothing per member left to the collector
 * (docs/analysts.md, "Performance").
 */
export function careContactMeasureRequest(personnummer: readonly string[], periodStart: string, periodEnd: string): string {
  const request = {
    resourceType: 'Parameters',
    parameter: [
      { name: 'periodStart', valueDate: periodStart },
      { name: 'periodEnd', valueDate: periodEnd },
      { name: 'reportType', valueCode: 'population' },
      { name: 'subjectGroup', resource: { resourceType: 'Group', type: 'person', actual: true, member: [] } },
    ],
  } satisfies Parameters;
  let members = '';
  for (const p of personnummer) members += `${members ? ',' : ''}{"entity":{"identifier":{"system":"${identifierSystemOf(p)}","value":${JSON.stringify(p)}}}}`;
  return JSON.stringify(request).replace('"member":[]', () => `"member":[${members}]`);
}
