import { useQuery } from '@apollo/client';
import { useEffect } from 'react';
import { MyTeamAreasQuery } from '../../operations/tenancy.js';

/**
 * Where the children of a family being taken in are registered (docs/tenancy.md): asked only when
 * the coordinator's team serves more than one municipality; the server checks it is one of them.
 * A team serving one municipality shows nothing and sends nothing.
 */
export function MunicipalityField({ id, value, onChange }: { id: string; value: string; onChange: (municipality: string) => void }) {
  const { data } = useQuery(MyTeamAreasQuery);
  const served = data?.me.team?.municipalities ?? [];
  const several = served.length > 1;
  // Nothing chosen yet: the team's home municipality, first in the list.
  useEffect(() => {
    if (several && !value) onChange(served[0] as string);
  }, [several, value, served, onChange]);
  if (!several) return null;
  return (
    <div className="field">
      <label htmlFor={`${id}-municipality`}>Kommun där barnen är folkbokförda</label>
      <select id={`${id}-municipality`} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-municipality-hint`}>
        {served.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-municipality-hint`}>
        Teamet arbetar i flera kommuner. Familjen syns för verksamheterna och i statistiken i den kommun där barnen bor.
      </p>
    </div>
  );
}
