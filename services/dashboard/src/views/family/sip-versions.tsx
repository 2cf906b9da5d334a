import { useLazyQuery } from '@apollo/client';
import { useState } from 'react';
import { PlanVersionsQuery } from '../../operations/plan.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { agencyName, planStatusName } from '../../words/terms.js';
import { PlanGoals } from './sip-plan.js';

/**
 * Tidigare versioner: every saved version of the plan, who saved it and when, each readable as
 * it was. Read only when opened: most visits to a family need the plan as it is.
 */
export function SipVersions({ reference, current }: { reference: string; current: number }) {
  const [open, setOpen] = useState(false);
  const [read, { data, error, loading }] = useLazyQuery(PlanVersionsQuery, { variables: { reference }, fetchPolicy: 'cache-and-network' });
  const versions = [...(data?.familyByReference.plan?.versions ?? [])].reverse();
  return (
    <details
      className="versions no-print"
      open={open}
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        if (e.currentTarget.open) void read();
      }}
    >
      <summary>Tidigare versioner av planen (nu version {current})</summary>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <Loading what="planens versioner" />}
      {data && versions.length === 0 && <p>Planen har inga sparade versioner.</p>}
      <ul className="plain">
        {versions.map((v) => (
          <li key={v.number}>
            <details className="version">
              <summary>
                Version {v.number}
                {v.number === current ? ' (den som gäller nu)' : ''}, sparad {dateTime(v.savedAt)} av {v.savedByName}
              </summary>
              <dl className="facts">
                <div>
                  <dt>Huvudansvarig</dt>
                  <dd>{agencyName[v.leadAgency]}</dd>
                </div>
                <div>
                  <dt>Status</dt>
                  <dd>{planStatusName[v.status]}</dd>
                </div>
                <div>
                  <dt>Nästa uppföljning</dt>
                  <dd>{v.nextFollowUp ?? 'Inte planerad'}</dd>
                </div>
              </dl>
              {v.participants.length > 0 && <p>Deltagare: {v.participants.map((p) => `${p.name} (${p.role})`).join('; ')}</p>}
              <PlanGoals plan={v} />
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
