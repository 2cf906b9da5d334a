import { describe, expect, it } from 'vitest';
import { caseOf, clientsList, interventionOf } from '../src/adapters/case-system-mapping.js';
import type { Arende, Insats } from '../src/adapters/case-system-types.js';
import arendenSida1 from './fixtures/arenden-sida-1.json' with { type: 'json' };
import arendenSida2 from './fixtures/arenden-sida-2.json' with { type: 'json' };
import insatserSida1 from './fixtures/insatser-sida-1.json' with { type: 'json' };
import insatserSida2 from './fixtures/insatser-sida-2.json' with { type: 'json' };

// The case system's recorded answers (fixtures/README.md).
const arenden: Arende[] = [...arendenSida1.arenden, ...arendenSida2.arenden];
const insatser: Insats[] = [...insatserSida1.insatser, ...insatserSida2.insatser];
const [arende] = arenden as [Arende];
const [, insats] = insatser as [Insats, Insats];

describe('the case system’s ärenden as the schema’s cases', () => {
  it('takes arendeId as the case id, rubrik, oppnat, the status and the handläggare', () => {
    expect(caseOf(arende)).toEqual({
      caseId: 'Ä-000002',
      subject: 'Barn och unga: stöd till familjen',
      openedOn: '2026-07-02',
      status: 'OPEN',
      caseworker: { name: 'Handläggare Berg', phone: '010-983403' },
    });
  });

  it('takes any status but Öppet as closed', () => {
    expect(caseOf({ ...arende, status: 'Avslutat' }).status).toBe('CLOSED');
    expect(caseOf({ ...arende, status: 'Vilande' }).status).toBe('CLOSED');
  });
});

describe('the case system’s insatser as the schema’s interventions', () => {
  it('takes insatsId as the id, the kind from insatstyp with the name kept as its label, the days and the utförare', () => {
    expect(interventionOf(insats)).toEqual({
      id: '07ef09f8-d050-436d-a53c-e854fe666daf',
      kind: 'CONTACT_FAMILY',
      label: 'Kontaktfamilj',
      startDate: '2026-01-27',
      endDate: null,
      provider: 'Öppenvården',
    });
    expect(interventionOf(insatser[0] as Insats).kind).toBe('FAMILY_THERAPY');
  });

  it('gives a name it does not know as OTHER, keeping the name, and keeps an end day', () => {
    expect(interventionOf({ ...insats, insatstyp: 'Stödfamilj', slutdatum: '2026-10-31' })).toMatchObject({ kind: 'OTHER', label: 'Stödfamilj', endDate: '2026-10-31' });
  });
});

describe('a section’s list', () => {
  it('is the rows for a client (none: an empty list), and not recorded for a child who is not one', () => {
    expect(clientsList(true, arenden, caseOf)?.items.map((c) => c.caseId)).toEqual(arenden.map((a) => a.arendeId));
    expect(clientsList(true, [], caseOf)).toEqual({ items: [] });
    expect(clientsList(false, [], caseOf)).toBeNull();
  });
});
