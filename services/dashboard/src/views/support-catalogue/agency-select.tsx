import type { Agency } from '../../gql/graphql.js';
import { agencies, agencyName } from '../../words/terms.js';

/**
 * Verksamhetsområde: one of the manifest's agencies, or the empty choice named as the form means
 * it (every agency when searching, another organisation when keeping the catalogue).
 */
export function AgencySelect({ id, value, empty, onChange }: { id: string; value: Agency | ''; empty: string; onChange: (agency: Agency | '') => void }) {
  return (
    <>
      <label htmlFor={id}>Verksamhetsområde</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Agency | '')}>
        <option value="">{empty}</option>
        {agencies.map((a) => (
          <option key={a} value={a}>
            {agencyName[a]}
          </option>
        ))}
      </select>
    </>
  );
}
