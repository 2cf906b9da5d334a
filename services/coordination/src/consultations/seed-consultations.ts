import { randomUUID } from 'node:crypto';
import type { Population } from '@lotsen/agency-systems';
import type { Queryable } from '@lotsen/kit';
import { DateTime } from 'luxon';
import { type AgeBand, insertCase, insertMeeting, type Priority, placeOnAgenda, recordEvent, setPriority } from './store.js';

interface SeededCase {
  by: string;
  daysAgo: number;
  ageBand: AgeBand;
  schoolYear: number | null;
  schoolUnit: string;
  question: string;
  priority?: { priority: Priority; reason: string };
  onAgenda?: boolean;
}

// Anonymised as a request is: no name, no identity number, nothing but the difficulty.
const cases: SeededCase[] = [
  {
    by: 'skola1',
    daysAgo: 12,
    ageBand: 'AGE_10_TO_12',
    schoolYear: 5,
    schoolUnit: 'Norrskolan',
    question: 'En elev i årskurs 5 har varit borta allt oftare sedan höstlovet och säger att magen gör ont på morgnarna. Hur kan skolan och hemmet mötas kring närvaron?',
    priority: { priority: 'HIGH', reason: 'Frånvaron ökar snabbt.' },
    onAgenda: true,
  },
  {
    by: 'socialtjanst1',
    daysAgo: 9,
    ageBand: 'AGE_13_TO_15',
    schoolYear: 8,
    schoolUnit: 'Söderskolan',
    question: 'En elev i årskurs 8 med oro hemma har svårt att komma i tid och sover dåligt. Vilket stöd kan elevhälsan och BUP ge innan en utredning?',
    priority: { priority: 'NORMAL', reason: 'Behöver flera verksamheters syn.' },
    onAgenda: true,
  },
  {
    by: 'skola1',
    daysAgo: 6,
    ageBand: 'AGE_6_TO_9',
    schoolYear: 2,
    schoolUnit: 'Norrskolan',
    question: 'En elev i årskurs 2 blir ofta arg i övergångar mellan lektioner. Vad har fungerat för andra skolor?',
    priority: { priority: 'LOW', reason: 'Skolan prövar anpassningar under tiden.' },
  },
  {
    by: 'halso1',
    daysAgo: 2,
    ageBand: 'AGE_13_TO_15',
    schoolYear: 7,
    schoolUnit: 'Söderskolan',
    question: 'En ungdom i årskurs 7 som väntar på en bedömning har slutat gå till idrotten. Hur kan skolan anpassa under väntetiden?',
  },
];

/**
 * A few anonymised consultation cases for team-1 and one consultation meeting a week ahead, with
 * the two most urgent on its agenda (docs/consultations.md), dated from the population's day.
 */
export async function seedConsultations(tx: Queryable, population: Population): Promise<void> {
  const team = population.teams.find((t) => t.id === 'team-1');
  const coordinator = population.users.find((u) => u.role === 'COORDINATOR' && u.teamId === team?.id);
  if (!team || !coordinator) return;
  const day = DateTime.fromISO(`${population.today}T09:00`, { zone: 'Europe/Stockholm' });
  const meeting = { id: randomUUID(), teamId: team.id, date: day.plus({ days: 7 }).toISODate() as string };
  await insertMeeting(tx, { ...meeting, plannedBy: coordinator.username, plannedAt: day.minus({ days: 14 }).toUTC().toISO() as string });
  for (const c of cases) {
    const id = randomUUID();
    // The requester's agency as the seeded user has it.
    const agency = population.users.find((u) => u.username === c.by)?.agency ?? null;
    const at = day.minus({ days: c.daysAgo });
    const event = (kind: Parameters<typeof recordEvent>[1]['kind'], actor: string, detail: Record<string, unknown>, hours: number) =>
      recordEvent(tx, { caseId: id, at: at.plus({ hours }).toUTC().toISO() as string, actor, kind, detail });
    await insertCase(tx, {
      id,
      teamId: team.id,
      ageBand: c.ageBand,
      schoolYear: c.schoolYear,
      schoolUnit: c.schoolUnit,
      question: c.question,
      requestedBy: c.by,
      requestedByAgency: agency,
      requestedAt: at.toUTC().toISO() as string,
    });
    await event('REQUESTED', c.by, {}, 0);
    if (c.priority) {
      await setPriority(tx, id, c.priority.priority, c.priority.reason);
      await event('PRIORITISED', coordinator.username, { priority: c.priority.priority }, 24);
    }
    if (c.onAgenda) {
      await placeOnAgenda(tx, id, meeting.id, null, null);
      await event('PLACED_ON_AGENDA', coordinator.username, { meetingDate: meeting.date }, 25);
    }
  }
}
