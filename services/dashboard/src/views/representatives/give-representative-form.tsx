import { useMutation } from '@apollo/client';
import { useId, useState } from 'react';
import type { RepresentativePermission } from '../../gql/graphql.js';
import { GiveRepresentativeMutation } from '../../operations/representatives.js';
import { ChangeForm } from '../../ui/change-form.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { permissionName, permissionsInWords, representativePermissions } from './words.js';

/**
 * What this guardian lets the representative do: ticked, then sent. It holds once every guardian
 * with custody has given the same; a narrower choice takes effect at once.
 */
export function GiveRepresentativeForm({ familyId, representative, name, current }: { familyId: string; representative: string; name: string; current: readonly RepresentativePermission[] }) {
  const id = useId();
  const [chosen, setChosen] = useState<RepresentativePermission[]>([...current]);
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [give, { loading, error }] = useMutation(GiveRepresentativeMutation, { refetchQueries: ['FamilyRepresentatives'], awaitRefetchQueries: true });
  const toggle = (p: RepresentativePermission) => setChosen((c) => (c.includes(p) ? c.filter((x) => x !== p) : [...c, p]));
  return (
    <ChangeForm
      summary={current.length > 0 ? `Ändra vad ${name} får göra` : `Ge ${name} uppdrag`}
      className="give-representative-form"
      busy={loading}
      error={error}
      done={done}
      submit={async () => {
        setDone(null);
        const found = chosen.length === 0 ? 'Kryssa i minst en sak, eller ta tillbaka ombudet.' : undefined;
        setProblem(found);
        if (found) return document.getElementById(`${id}-first`)?.focus();
        const result = await give({ variables: { input: { familyId, representative, permissions: chosen } } });
        const now = result.data?.giveRepresentative.permissions ?? [];
        setDone(now.length > 0 ? `Sparat. ${name} får nu ${permissionsInWords(now)}.` : `Sparat. ${name} får göra det när alla vårdnadshavare har gett ombudet samma sak.`);
      }}
    >
      <fieldset className="choices" aria-describedby={problem ? `${id}-problem` : undefined}>
        <legend>Det här får {name} göra för familjen</legend>
        {representativePermissions.map((p, i) => (
          <label key={p}>
            <input id={i === 0 ? `${id}-first` : undefined} type="checkbox" checked={chosen.includes(p)} onChange={() => toggle(p)} aria-invalid={problem ? true : undefined} /> {permissionName[p]}
          </label>
        ))}
        <FieldProblem id={id} problem={problem} />
      </fieldset>
    </ChangeForm>
  );
}
