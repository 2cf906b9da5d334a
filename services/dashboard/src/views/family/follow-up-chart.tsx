import { useId } from 'react';
import type { OutcomeArea } from '../../gql/graphql.js';
import { outcomeAreaName, outcomeAreas } from '../../words/terms.js';
import type { Family } from './types.js';

type FollowUp = Family['followUps'][number];

/** One colour and one marker per area: told apart without colour too. Colours keep 4.5:1 on white. */
const look: Record<OutcomeArea, { colour: string; marker: 'circle' | 'square' | 'diamond' | 'triangle'; dash: string }> = {
  HOME_LIFE: { colour: '#1d5fa8', marker: 'circle', dash: '' },
  SCHOOL: { colour: '#a1401a', marker: 'square', dash: '6 3' },
  LEISURE: { colour: '#2e6b30', marker: 'diamond', dash: '2 3' },
  PARENTS_OCCUPATION: { colour: '#6f3f9a', marker: 'triangle', dash: '10 3 2 3' },
};

const width = 640;
const height = 300;
// Room below for the dates, written at a slant so that each follow-up's day has its own label.
const pad = { left: 44, right: 24, top: 12, bottom: 84 };

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

function Marker({ x, y, shape, colour }: { x: number; y: number; shape: (typeof look)[OutcomeArea]['marker']; colour: string }) {
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={4.5} fill={colour} />;
    case 'square':
      return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
    case 'diamond':
      return <path d={`M${x} ${y - 5.5}L${x + 5.5} ${y}L${x} ${y + 5.5}L${x - 5.5} ${y}Z`} fill={colour} />;
    case 'triangle':
      return <path d={`M${x} ${y - 5.5}L${x + 5.5} ${y + 4.5}L${x - 5.5} ${y + 4.5}Z`} fill={colour} />;
  }
}

/**
 * Follow-up ratings (1 much worse … 5 much better) per outcome area over time, drawn by hand as
 * SVG; the same figures follow as a table for whoever does not see the chart.
 */
export function FollowUpChart({ followUps }: { followUps: FollowUp[] }) {
  const id = useId();
  if (followUps.length === 0) return <p>Inga uppföljningar registrerade.</p>;
  const times = followUps.map((f) => day(f.date));
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  const x = (date: string) => pad.left + ((day(date) - first) / span) * (width - pad.left - pad.right);
  const y = (rating: number) => pad.top + ((5 - rating) / 4) * (height - pad.top - pad.bottom);
  const areas = outcomeAreas.filter((a) => followUps.some((f) => f.area === a));
  // Every day a follow-up was made on is marked and named on the time axis.
  const dates = [...new Set(followUps.map((f) => f.date))].sort();
  const latest = areas.map((a) => {
    const last = followUps.filter((f) => f.area === a).at(-1) as FollowUp;
    return `${outcomeAreaName[a]}: ${last.rating} (${last.date})`;
  });
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>Uppföljning per område över tid, betyg 1 till 5</title>
        <desc id={`${id}-desc`}>
          Uppföljningar {dates.length === 1 ? dates[0] : `${dates[0]} till ${dates.at(-1)}`}. Senaste betyg: {latest.join('; ')}. Alla värden finns i tabellen under diagrammet.
        </desc>
        {[1, 2, 3, 4, 5].map((r) => (
          <g key={r}>
            <line x1={pad.left} x2={width - pad.right} y1={y(r)} y2={y(r)} stroke="#c9c9c9" />
            <text x={pad.left - 10} y={y(r) + 4} textAnchor="end" fontSize="12" fill="#333">
              {r}
            </text>
          </g>
        ))}
        {dates.map((date) => (
          <g key={date}>
            <line x1={x(date)} x2={x(date)} y1={height - pad.bottom} y2={height - pad.bottom + 5} stroke="#333" />
            <text x={x(date)} y={height - pad.bottom + 10} fontSize="11" fill="#333" textAnchor="end" transform={`rotate(-45 ${x(date)} ${height - pad.bottom + 10})`}>
              {date}
            </text>
          </g>
        ))}
        <line x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom} stroke="#333" />
        <text x={12} y={pad.top + (height - pad.top - pad.bottom) / 2} fontSize="12" fill="#333" textAnchor="middle" transform={`rotate(-90 12 ${pad.top + (height - pad.top - pad.bottom) / 2})`}>
          Betyg
        </text>
        {areas.map((area) => {
          const points = followUps.filter((f) => f.area === area);
          const { colour, marker, dash } = look[area];
          return (
            <g key={area}>
              <polyline points={points.map((p) => `${x(p.date)},${y(p.rating)}`).join(' ')} fill="none" stroke={colour} strokeWidth={2} strokeDasharray={dash || undefined} />
              {points.map((p) => (
                <Marker key={p.id} x={x(p.date)} y={y(p.rating)} shape={marker} colour={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {areas.map((area) => (
            <li key={area}>
              <svg width="28" height="14" aria-hidden="true" focusable="false">
                <line x1="0" x2="28" y1="7" y2="7" stroke={look[area].colour} strokeWidth={2} strokeDasharray={look[area].dash || undefined} />
                <Marker x={14} y={7} shape={look[area].marker} colour={look[area].colour} />
              </svg>
              {outcomeAreaName[area]}
            </li>
          ))}
        </ul>
        <p className="hint">1 = mycket sämre, 3 = oförändrat, 5 = mycket bättre</p>
      </figcaption>
      <details>
        <summary>Visa uppföljningarna som tabell</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Uppföljningar, den äldsta först</caption>
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Område</th>
                <th scope="col">Betyg</th>
                <th scope="col">Kommentar</th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((f) => (
                <tr key={f.id}>
                  <td>{f.date}</td>
                  <td>{outcomeAreaName[f.area]}</td>
                  <td>{f.rating}</td>
                  <td>{f.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
