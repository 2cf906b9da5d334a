import { isAgency } from '@lotsen/kit';
import { meetingIcs, meetingStart } from '../calendar/meeting-ics.js';
import type { MeetingRow } from '../store/follow-up.js';
import type { CoordinationContext as Ctx } from './context.js';
import { agencyInSentence, listInWords, meetingKindName } from './words.js';

/** When a meeting with a time ends, HH:MM (it ends the same day: recordMeeting holds to it). */
export function meetingEnd(m: Pick<MeetingRow, 'date' | 'time' | 'durationMinutes'>): string | null {
  return m.time
    ? meetingStart(m.date, m.time)
        .plus({ minutes: m.durationMinutes ?? 60 })
        .toFormat('HH:mm')
    : null;
}

/** Whether any child of the family has protected identity, or it could not be checked (then it counts as protected). */
async function anyProtected(ctx: Ctx, familyId: string): Promise<boolean> {
  const children = await ctx.loaders.members.load(familyId);
  const flags = await Promise.all(
    children.map((c) =>
      ctx.loaders.registered.load(c.personnummer).then(
        (p) => p?.protectedIdentity ?? true,
        () => true,
      ),
    ),
  );
  return flags.some(Boolean);
}

/**
 * The meeting as an iCalendar file. The place is the coordinator's words, and for a home visit it
 * is the family's address: for a family with protected identity (skyddade personuppgifter), or
 * when the register cannot say, it stays out of a file that leaves Lotsen, and the file says so.
 */
export async function meetingCalendarFile(m: MeetingRow, ctx: Ctx): Promise<string | null> {
  const family = await ctx.loaders.family.load(m.familyId);
  if (!family) return null;
  const withheld = m.place ? await anyProtected(ctx, m.familyId) : false;
  return meetingIcs({
    id: m.id,
    date: m.date,
    time: m.time ?? null,
    durationMinutes: m.durationMinutes ?? null,
    kindName: meetingKindName[m.kind] ?? m.kind,
    familyReference: family.reference,
    agencies: listInWords(m.agencies.map((a) => (isAgency(a) ? agencyInSentence(a) : a))),
    place: withheld ? null : (m.place ?? null),
    placeWithheld: withheld ? 'Platsen står inte i kalenderfilen (skyddade personuppgifter); den finns i Lotsen.' : null,
    stamp: ctx.now,
  });
}
