import { coordinationNumberSystem, personnummerSystem } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { careContactMeasureRequest } from '../src/adapters/measure-request.js';

describe('the care-contacts measure request', () => {
  it('is the Parameters resource with the cohort inline as a Group, each member under its own system', () => {
    const body = careContactMeasureRequest(['201001012386', '199001622388'], '2025-01-01', '2025-12-31');
    expect(JSON.parse(body)).toEqual({
      resourceType: 'Parameters',
      parameter: [
        { name: 'periodStart', valueDate: '2025-01-01' },
        { name: 'periodEnd', valueDate: '2025-12-31' },
        { name: 'reportType', valueCode: 'population' },
        {
          name: 'subjectGroup',
          resource: {
            resourceType: 'Group',
            type: 'person',
            actual: true,
            member: [{ entity: { identifier: { system: personnummerSystem, value: '201001012386' } } }, { entity: { identifier: { system: coordinationNumberSystem, value: '199001622388' } } }],
          },
        },
      ],
    });
  });

  it('writes any value as JSON: a number with quotes or a backslash stays one string', () => {
    const odd = ['"},{"x":"', '\\', '[]', '"member":[]'];
    const group = JSON.parse(careContactMeasureRequest(odd, '2025-01-01', '2025-12-31')).parameter[3].resource;
    expect(group.member.map((m: { entity: { identifier: { value: string } } }) => m.entity.identifier.value)).toEqual(odd);
  });
});
