import { useState } from 'react';
import type { Agency, DataCategory } from '../../gql/graphql.js';
import { agencyName, categoriesOf, categoryName } from '../../words/terms.js';

/** The kinds of data a consent being recorded covers, chosen per agency, and the scope recordConsent takes. */
export function useScopeChoice(agencies: readonly Agency[]) {
  const [chosen, setChosen] = useState<Set<DataCategory>>(new Set());
  const toggle = (c: DataCategory) => setChosen((s) => (s.has(c) ? new Set([...s].filter((x) => x !== c)) : new Set([...s, c])));
  const scope = () =>
    agencies.flatMap((agency) => {
      const categories = categoriesOf[agency].filter((c) => chosen.has(c));
      return categories.length > 0 ? [{ agency, categories }] : [];
    });
  return { chosen, toggle, scope };
}

/** "Vad som får delas": a checkbox per kind of data, grouped by agency. */
export function ScopeChoices({ agencies, chosen, toggle }: { agencies: readonly Agency[]; chosen: ReadonlySet<DataCategory>; toggle: (c: DataCategory) => void }) {
  return (
    <fieldset>
      <legend>Vad som får delas</legend>
      <div className="scope">
        {agencies.map((agency) => (
          <fieldset key={agency} className="choices">
            <legend>{agencyName[agency]}</legend>
            {categoriesOf[agency].map((c) => (
              <label key={c}>
                <input type="checkbox" checked={chosen.has(c)} onChange={() => toggle(c)} /> {categoryName[c]}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
