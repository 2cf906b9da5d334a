import type { ObstacleFieldsFragment as Obstacle } from '../../gql/graphql.js';
import { dateTime } from '../../ui/dates.js';
import { roleName } from '../../words/terms.js';
import { obstacleKindName, whereName } from './words.js';

/** Obstacles as cards: where and what kind, what happened and when, who recorded it (by role), and how it was handled. */
export function ObstacleList({ obstacles, empty, children }: { obstacles: readonly Obstacle[]; empty: string; children?: (o: Obstacle) => React.ReactNode }) {
  if (obstacles.length === 0) return <p>{empty}</p>;
  return (
    <ul className="plain obstacle-list">
      {obstacles.map((o) => (
        <li key={o.id} className="card obstacle">
          <h3>
            {obstacleKindName[o.kind]}: {whereName(o.agency).toLowerCase()}
          </h3>
          <p className="obstacle-when">
            Hände {o.occurredOn}. Registrerat {dateTime(o.recordedAt)} av {roleName[o.recordedByRole].toLowerCase()}.
          </p>
          <p>{o.description}</p>
          {o.handling ? (
            <p className="obstacle-handled">
              <span className="badge">Hanterat</span> {dateTime(o.handling.at)} av {o.handling.byName}: {o.handling.measure}
            </p>
          ) : (
            <p className="obstacle-open">
              <span className="badge badge-open">Inte hanterat än</span>
            </p>
          )}
          {children?.(o)}
        </li>
      ))}
    </ul>
  );
}
