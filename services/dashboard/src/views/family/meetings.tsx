import { todayInSweden } from '../../ui/dates.js';
import { agencyName, meetingKindName } from '../../words/terms.js';
import type { Family } from './types.js';

/** Coordination meetings, SIP meetings, joint home visits and check-ins, newest first: a booked one (a day ahead) is marked so. */
export function Meetings({ meetings }: { meetings: Family['meetings'] }) {
  if (meetings.length === 0) return <p>Inga möten registrerade.</p>;
  const today = todayInSweden();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Möten, det senaste först</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Slag</th>
            <th scope="col">Verksamheter</th>
            <th scope="col">Sammanfattning</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td>
                {m.date}
                {m.date > today && <span className="tag">Bokat</span>}
                {m.date === today && <span className="tag">I dag</span>}
              </td>
              <td>{meetingKindName[m.kind]}</td>
              <td>{m.agencies.map((a) => agencyName[a]).join(', ')}</td>
              <td>{m.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
