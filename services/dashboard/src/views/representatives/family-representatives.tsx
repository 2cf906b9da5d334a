import { useMutation, useQuery } from '@apollo/client';
import { useId, useState } from 'react';
import type { FamilyRepresentativesQuery, RepresentativePermission } from '../../gql/graphql.js';
import { FamilyRepresentativesQuery as Query, RepresentativeChoicesQuery, WithdrawRepresentativeMutation } from '../../operations/representatives.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { useServerError } from '../../ui/server-error.js';
import { GiveRepresentativeForm } from './give-representative-form.js';
import { permissionsInWords } from './words.js';

type Representative = NonNullable<FamilyRepresentativesQuery['familyByReference']>['representatives'][number];
export const refreshRepresentatives = { refetchQueries: ['FamilyRepresentatives'], awaitRefetchQueries: true };

/**
 * Familjeombud on a family's page: who represents the family and what each guardian with custody
 * lets them do. A guardian gives, changes and withdraws; the coordinator sees it. Its own query:
 * the family page's is full.
 */
export function FamilyRepresentatives({ reference, guardian, working }: { reference: string; guardian: boolean; working: boolean }) {
  const { data, error, loading } = useQuery(Query, { variables: { reference } });
  const family = data?.familyByReference;
  const mayChange = guardian && working;
  return (
    <>
      <p>
        {guardian
          ? 'Ett familjeombud kan företräda er familj: läsa familjens sida, registrera hinder och delta i SIP-möten, det ni låter ombudet göra. Ombudet ser aldrig skolans, socialtjänstens eller vårdens uppgifter om barnen. Alla vårdnadshavare måste ge ombudet samma sak för att det ska gälla; var och en av er kan ta tillbaka det när som helst.'
          : 'Familjeombud som familjen har gett uppdrag, och vad varje vårdnadshavare låter ombudet göra.'}
      </p>
      {error && <ErrorNotice error={error} />}
      {loading && !family && <Loading what="familjeombuden" />}
      {family && family.representatives.length === 0 && <p>Familjen har inget familjeombud.</p>}
      {family && (
        <ul className="plain representatives">
          {family.representatives.map((r) => (
            <RepresentativeCard key={r.username} familyId={family.id} representative={r} mayChange={mayChange} />
          ))}
        </ul>
      )}
      {family && mayChange && <GiveRepresentativeChoice familyId={family.id} named={family.representatives.map((r) => r.username)} />}
    </>
  );
}

function RepresentativeCard({ familyId, representative: r, mayChange }: { familyId: string; representative: Representative; mayChange: boolean }) {
  const self = r.guardians.find((g) => g.isSelf);
  const anyGiven = r.guardians.some((g) => g.allows.length > 0);
  return (
    <li className="card representative">
      <h3>{r.name}</h3>
      <p className="representative-now">
        {r.permissions.length > 0 ? `Får ${permissionsInWords(r.permissions)}.` : anyGiven ? 'Får inget ännu: alla vårdnadshavare har inte gett ombudet samma sak.' : 'Har inget uppdrag för familjen.'}
      </p>
      <ul className="plain representative-guardians">
        {r.guardians.map((g) => (
          <li key={g.name}>
            {g.name}
            {g.isSelf ? ' (du)' : ''}: {g.allows.length > 0 ? `låter ombudet ${permissionsInWords(g.allows)}` : 'har inte gett ombudet något'}
          </li>
        ))}
      </ul>
      <details className="representative-history">
        <summary>Historik</summary>
        <ol className="plain">
          {r.history.map((e) => (
            <li key={`${e.at}-${e.kind}-${e.byName}`}>
              {dateTime(e.at)}: {e.byName ?? 'En tidigare vårdnadshavare'} {e.kind === 'GIVEN' ? `lät ombudet ${permissionsInWords(e.permissions)}` : 'tog tillbaka ombudet'}
            </li>
          ))}
        </ol>
      </details>
      {mayChange && (
        <>
          <GiveRepresentativeForm familyId={familyId} representative={r.username} name={r.name} current={self?.allows ?? []} />
          {anyGiven && <WithdrawButton familyId={familyId} representative={r.username} name={r.name} />}
        </>
      )}
    </li>
  );
}

/** A guardian chooses a new representative to give permissions to: among those the municipality has and the family has not named. */
function GiveRepresentativeChoice({ familyId, named }: { familyId: string; named: readonly string[] }) {
  const id = useId();
  const { data, error } = useQuery(RepresentativeChoicesQuery);
  const choices = (data?.representativeChoices ?? []).filter((c) => !named.includes(c.username));
  const [chosen, setChosen] = useState<string>('');
  const representative = choices.find((c) => c.username === chosen) ?? choices[0];
  if (error) return <ErrorNotice error={error} />;
  if (!representative) return null;
  return (
    <div className="give-representative">
      <div className="field">
        <label htmlFor={`${id}-who`}>Familjeombud att ge uppdrag</label>
        <select id={`${id}-who`} value={representative.username} onChange={(e) => setChosen(e.target.value)}>
          {choices.map((c) => (
            <option key={c.username} value={c.username}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <GiveRepresentativeForm key={representative.username} familyId={familyId} representative={representative.username} name={representative.name} current={[] as RepresentativePermission[]} />
    </div>
  );
}

/** Ta tillbaka ombudet: one press asks, the second withdraws; then nothing any guardian gave holds. */
function WithdrawButton({ familyId, representative, name }: { familyId: string; representative: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const [withdraw, { loading, error }] = useMutation(WithdrawRepresentativeMutation, refreshRepresentatives);
  const serverError = useServerError(error);
  return (
    <div className="withdraw-representative">
      {!asking ? (
        <button type="button" onClick={() => setAsking(true)}>
          Ta tillbaka ombudet
        </button>
      ) : (
        <div className="confirm">
          <p>Ta tillbaka {name}? Ombudet får då inte göra något för familjen förrän alla vårdnadshavare ger uppdraget igen.</p>
          <button
            type="button"
            className="primary"
            disabled={loading}
            onClick={() => {
              serverError.hide();
              void withdraw({ variables: { familyId, representative } })
                .then(() => setAsking(false))
                .catch(() => undefined);
            }}
          >
            Ja, ta tillbaka {name}
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            Avbryt
          </button>
        </div>
      )}
      {serverError.shown && <ErrorNotice error={serverError.shown} />}
    </div>
  );
}
