import { useLazyQuery, useMutation } from '@apollo/client';
import { useState } from 'react';
import type { SupportServiceChangeKind } from '../../gql/graphql.js';
import { RetireSupportServiceMutation, SupportServiceChangesQuery } from '../../operations/support-catalogue.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import type { Service } from './service-card.js';
import { ServiceForm } from './service-form.js';

const changeName: Record<SupportServiceChangeKind, string> = { ADDED: 'Tillagd', CHANGED: 'Ändrad eller kontrollerad', RETIRED: 'Borttagen ur katalogen' };

/** What the catalogue keeper does with one service: write it anew, read its history, take it out of the catalogue. */
export function KeeperTools({ service, onRetired }: { service: Service; onRetired: (name: string) => void }) {
  return (
    <div className="keeper-tools">
      <ServiceForm service={service} />
      <History service={service} />
      <Retire service={service} onRetired={onRetired} />
    </div>
  );
}

function History({ service }: { service: Service }) {
  const [load, { data, error, loading }] = useLazyQuery(SupportServiceChangesQuery, { variables: { id: service.id }, fetchPolicy: 'network-only' });
  const changes = data?.supportService?.changes ?? [];
  return (
    <details className="change" onToggle={(e) => e.currentTarget.open && void load()}>
      <summary>Historik</summary>
      {error && <ErrorNotice error={error} />}
      {loading && <Loading what="historiken" />}
      {data && (
        <ol className="plain">
          {changes.map((c) => (
            <li key={c.version}>
              {dateTime(c.at)}: {changeName[c.kind]} av {c.byName}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** Out of search after a confirmation; families that have it on their list still see it, marked as removed. */
function Retire({ service, onRetired }: { service: Service; onRetired: (name: string) => void }) {
  const [asking, setAsking] = useState(false);
  const [retire, { loading, error }] = useMutation(RetireSupportServiceMutation, { refetchQueries: ['SupportCatalogue'], awaitRefetchQueries: true });
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Ta bort ur katalogen
      </button>
    );
  return (
    <div className="confirm">
      <p>Ta bort {service.name} ur stödkatalogen? Den syns inte längre i sökningen. Familjer som har den på sin lista ser att den är borttagen.</p>
      {error && <ErrorNotice error={error} />}
      <button
        type="button"
        className="primary"
        disabled={loading}
        onClick={() =>
          void retire({ variables: { id: service.id } })
            .then(() => onRetired(service.name))
            .catch(() => undefined)
        }
      >
        Ja, ta bort
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Avbryt
      </button>
    </div>
  );
}
