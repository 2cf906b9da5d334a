import { agencyName, meetingKindName } from '../../words/terms.js';
import { isAhead, nowInSweden } from '../../work-list/meetings.js';
import { downloadCalendarFile } from './calendar-file.js';
import type { Family } from './types.js';

type Meeting = Family['meetings'][number];

/** "2026-12-03 09:30–10:30", or the day alone. */
const when = (m: Meeting) => `${m.date}${m.time ? ` ${m.time}${m.endTime ? `–${m.endTime}` : ''}` : ''}`;

/**
 * Coordination meetings, SIP meetings, joint home visits and check-ins, newest first: a booked one
 * is marked so, and each that has a calendar file can be put in one's calendar (.ics).
 */
export function Meetings({ meetings, reference }: { meetings: Family['meetings']; reference: string }) {
  if (meetings.length === 0) return <p>Inga möten registrerade.</p>;
  const now = nowInSweden();
  // Newest first by day and time: the graph's order is by day.
  const ordered = [...meetings].sort((a, b) => `${b.date} ${b.time ?? ''}`.localeCompare(`${a.date} ${a.time ?? ''}`));
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Möten, det senaste först</caption>
        <thead>
          <tr>
            <th scope="col">När</th>
            <th scope="col">Slag</th>
            <th scope="col">Plats</th>
            <th scope="col">Verksamheter</th>
            <th scope="col">Sammanfattning</th>
            <th scope="col">Kalender</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((m) => (
            <tr key={m.id}>
              <td>
                {when(m)}
                {isAhead(m, now) && <span className="tag">Bokat</span>}
                {m.date === now.day && !isAhead(m, now) && <span className="tag">I dag</span>}
              </td>
              <td>{meetingKindName[m.kind]}</td>
              <td>{m.place ?? '–'}</td>
              <td>{m.agencies.map((a) => agencyName[a]).join(', ')}</td>
              <td className="summary-text">{m.summary}</td>
              <td>
                {m.calendarFile ? (
                  <button type="button" className="small-button" onClick={() => downloadCalendarFile(m.calendarFile as string, calendarFileName(reference, m))}>
                    Lägg till i kalender
                    <span className="visually-hidden">
                      : {meetingKindName[m.kind].toLowerCase()} {when(m)}
                    </span>
                  </button>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** lotsen-F-00012-2026-12-03.ics: the family's reference and the day, nothing about a child. */
export const calendarFileName = (reference: string, m: Pick<Meeting, 'date'>) => `lotsen-${reference}-${m.date}.ics`;
