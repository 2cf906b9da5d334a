import { coordinationNumberSystem, personnummerSystem } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { careContactMeasureRequest } from '../src/adapters/measure-request.js';

const groupId = '6f1c2a52-3d0e-4b8e-9a57-0c4d2f1e8b93';

describe('the care-contacts measure request', () => {
  it('is R4 Parameters: the subject names the cohort’s Group, which comes in additionalData, each member under its own system', () => {
    const body = careContactMeasureRequest(['201001012386', '199001622388'], '2025-01-01', '2025-12-31', groupId);
    expect(JSON.parse(body)).toEqual({
      resourceType: 'Parameters',
      parameter: [
        { name: 'periodStart', valueDate: '2025-01-01' },
        { name: 'periodEnd', valueDate: '2025-12-31' },
        { name: 'reportType', valueCode: 'population' },
        { name: 'subject', valueString: `Group/${groupId}` },
        {
          name: 'additionalData',
          resource: {
            resourceType: 'Bundle',
            type: 'collection',
            entry: [
              {
                fullUrl: `urn:uuid:${groupId}`,
                resource: {
                  resourceType: 'Group',
                  id: groupId,
                  type: 'person',
                  actual: true,
                  member: [{ entity: { identifier: { system: personnummerSystem, value: '201001012386' } } }, { entity: { identifier: { system: coordinationNumberSystem, value: '199001622388' } } }],
                },
              },
            ],
          },
        },
      ],
    });
  });

  it('names a fresh Group in each request, so that it is never taken for a stored one', () => {
    const subjects = [1, 2].map(() => JSON.parse(careContactMeasureRequest(['201001012386'], '2025-01-01', '2025-12-31')).parameter[3].valueString);
    expect(subjects[0]).toMatch(/^Group\/[0-9a-f-]{36}$/);
    expect(subjects[1]).not.toBe(subjects[0]);
  });

  it('writes any value as JSON: a number with quotes or a backslash stays one string', () => {
    const odd = ['"},{"x":"', '\\', '[]', '"member":[]'];
    const group = JSON.parse(careContactMeasureRequest(odd, '2025-01-01', '2025-12-31')).parameter[4].resource.entry[0].resource;
    expect(group.member.map((m: { entity: { identifier: { value: string } } }) => m.entity.identifier.value)).toEqual(odd);
  });
});
