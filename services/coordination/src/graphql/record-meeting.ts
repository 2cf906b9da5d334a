import { randomUUID } from 'node:crypto';
import { insertMeeting } from '../store/follow-up.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput } from './errors.js';
import { cleanText, fields, optionalText, swedishNumber } from './text.js';
import { requireWritableFamily } from './writable-family.js';

export interface RecordMeetingInput {
  familyId: string;
  date: string;
  kind: string;
  agencies: string[];
  summary: string;
  time?: string | null;
  durationMinutes?: number | null;
  endTime?: string | null;
  place?: string | null;
}

const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** What the caller wrote, shown back in quotes: not too long, a control character escaped. */
const given = (value: string) => JSON.stringify(value.slice(0, 20));

/** The meeting's time and length, checked: both optional, a length only with a time, ending the same day. */
export function meetingTime(input: Pick<RecordMeetingInput, 'time' | 'durationMinutes' | 'endTime'>): { time: string | null; durationMinutes: number | null } {
  const time = input.time?.trim() || null;
  const endTime = input.endTime?.trim() || null;
  const duration = input.durationMinutes ?? null;
  if (time && !clock.test(time)) throw badInput(`Tid: skriv tiden som TT:MM, t.ex. 09:30 (du angav ${given(time)}) / time: HH:MM, e.g. 09:30`);
  if (endTime && !clock.test(endTime)) throw badInput(`Sluttid: skriv tiden som TT:MM, t.ex. 10:30 (du angav ${given(endTime)}) / endTime: HH:MM, e.g. 10:30`);
  if (!time) {
    if (duration !== null || endTime) throw badInput('Längd och sluttid: ange också när mötet börjar (tid) / durationMinutes and endTime need a time');
    return { time: null, durationMinutes: null };
  }
  if (duration !== null && endTime) throw badInput('Ange antingen mötets längd eller sluttid, inte båda / give durationMinutes or endTime, not both');
  if (duration !== null && (!Number.isInteger(duration) || duration < 5 || duration > 720))
    throw badInput(`Längd: 5 till 720 minuter (du angav ${swedishNumber(duration)}) / durationMinutes: 5 to 720`);
  if (endTime && minutesOf(endTime) <= minutesOf(time)) throw badInput(`Sluttid: efter starttiden ${time} (du angav ${endTime}) / endTime: after the time`);
  const minutes = endTime ? minutesOf(endTime) - minutesOf(time) : (duration ?? 60);
  if (minutes < 5) throw badInput('Längd: minst 5 minuter / at least 5 minutes');
  if (minutesOf(time) + minutes > 24 * 60) throw badInput(`Mötet ska sluta samma dag: ${time} och ${swedishNumber(minutes)} minuter går över midnatt / the meeting must end the same day`);
  return { time, durationMinutes: minutes };
}

/** Records or books a meeting (samverkansmöte) of a family, with its time and place when given. */
export async function recordMeeting(ctx: Ctx, input: RecordMeetingInput) {
  const family = await requireWritableFamily(ctx, input.familyId);
  // A joint home visit or a check-in is the agencies' together: at least one takes part.
  if ((input.kind === 'JOINT_HOME_VISIT' || input.kind === 'CHECK_IN') && input.agencies.length === 0)
    throw badInput('Ett gemensamt hembesök eller en avstämning har minst en verksamhet med / a joint home visit or check-in has at least one agency');
  const summary = cleanText(input.summary, fields.summary);
  const place = optionalText(input.place, fields.place);
  return insertMeeting(ctx.db, { id: randomUUID(), familyId: family.id, date: input.date, kind: input.kind, agencies: [...new Set(input.agencies)], summary, place, ...meetingTime(input) });
}
