import { randomUUID } from 'node:crypto';
import { identifierSystemOf } from '@lotsen/kit';
import type { Parameters } from 'fhir/r4.js';

/**
 * The body of the care-contacts `$evaluate-measure` request (FHIR R4 Parameters): R4's `subject`
 * names the cohort, `Group/<id>`, and the Group itself (of type person) goes in `additionalData`,
 * a Bundle of what the server does not hold, as HAPI FHIR's R4 operation takes it: the cohort is
 * the registry's for this request only, never stored at the region (docs/agency-systems.md). Its
 * id is fresh for each request, so that it names no stored Group.
 * A region's cohort is ninety thousand members, about 9 MB of JSON; they are written as text,
 * each value through JSON.stringify, not built as three objects per member and stringified
 * again: about a third less time, and nothing per member left to the collector
 * (docs/analysts.md, "Performance").
 */
export function careContactMeasureRequest(personnummer: readonly string[], periodStart: string, periodEnd: string, groupId: string = randomUUID()): string {
  const request = {
    resourceType: 'Parameters',
    parameter: [
      { name: 'periodStart', valueDate: periodStart },
      { name: 'periodEnd', valueDate: periodEnd },
      { name: 'reportType', valueCode: 'population' },
      { name: 'subject', valueString: `Group/${groupId}` },
      {
        name: 'additionalData',
        resource: {
          resourceType: 'Bundle',
          type: 'collection',
          entry: [{ fullUrl: `urn:uuid:${groupId}`, resource: { resourceType: 'Group', id: groupId, type: 'person', actual: true, member: [] } }],
        },
      },
    ],
  } satisfies Parameters;
  let members = '';
  for (const p of personnummer) members += `${members ? ',' : ''}{"entity":{"identifier":{"system":"${identifierSystemOf(p)}","value":${JSON.stringify(p)}}}}`;
  return JSON.stringify(request).replace('"member":[]', () => `"member":[${members}]`);
}
