import { useLazyQuery, useQuery } from '@apollo/client';
import { type FormEvent, useMemo, useState } from 'react';
import type { WorkListQuery as WorkListData } from '../gql/graphql.js';
import { FindFamilyQuery, WorkListQuery } from '../operations/work-list.js';
import { Link, navigate } from '../routing/navigation.js';
import { familyPath } from '../routing/routes.js';
import { todayInSweden } from '../ui/dates.js';
import { ErrorNotice, Loading } from '../ui/error-notice.js';
import { FieldProblem } from '../ui/field-problem.js';
import { PageHeading } from '../ui/page-heading.js';
import { useServerError } from '../ui/server-error.js';
import { meetingKindName } from '../words/terms.js';
import { matchesChildName, normaliseReference, orderWorkList } from '../work-list/order.js';
import { NewFamilyForm } from './new-family-form.js';
import { Signals } from './signals.js';

type Family = WorkListData['caseload'][number];

/** Mina familjer: the caseload, what needs action first; search by reference, filter by a child's name. */
export function WorkList({ teamLead }: { teamLead: boolean }) {
  const { data, error, loading } = useQuery(WorkListQuery);
  const [name, setName] = useState('');
  const families = useMemo(() => orderWorkList(data?.caseload ?? []), [data]);
  const shown = families.filter((f) => matchesChildName(f, name));
  const needingAction = families.filter((f) => f.attention.length > 0).length;
  const title = teamLead ? 'Teamets familjer' : 'Mina familjer';
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {!teamLead && <NewFamilyForm />}
      <div className="tools">
        <FindByReference />
        <div className="field">
          <label htmlFor="filter-name">Filtrera på barnets namn</label>
          <input id="filter-name" type="search" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
      </div>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <Loading what="familjerna" />}
      {data && (
        <>
          <p role="status" className="summary">
            {name.trim() ? `${shown.length} av ${families.length} familjer visas.` : `${families.length} familjer, ${needingAction} behöver åtgärd.`}
          </p>
          <ul className="work-list">
            {shown.map((family) => (
              <WorkListItem key={family.id} family={family} teamLead={teamLead} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function FindByReference() {
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [find, { error, loading }] = useLazyQuery(FindFamilyQuery, { fetchPolicy: 'network-only' });
  const serverError = useServerError(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    const wanted = normaliseReference(reference);
    // Nothing is asked for what cannot be a reference: the field says how one is written.
    if (!wanted)
      return setProblem(reference.trim() ? `”${reference.trim().slice(0, 40)}” är ingen referens. Skriv den som F-00012, eller bara numret: 12.` : 'Skriv familjens referens, till exempel F-00012.');
    setProblem(null);
    const found = await find({ variables: { reference: wanted } });
    if (found.data) navigate(familyPath(found.data.familyByReference.reference));
  };
  return (
    <form className="field find" onSubmit={submit} aria-label="Sök familj" noValidate>
      <label htmlFor="find-reference">Sök familj på referens</label>
      <div className="inline">
        <input
          id="find-reference"
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          placeholder="F-00012"
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'find-reference-problem' : serverError.shown ? 'find-error' : undefined}
        />
        <button type="submit" disabled={loading}>
          Sök
        </button>
      </div>
      <FieldProblem id="find-reference" problem={problem ?? undefined} />
      {serverError.shown && (
        <div id="find-error">
          <ErrorNotice error={serverError.shown} />
        </div>
      )}
    </form>
  );
}

function WorkListItem({ family, teamLead }: { family: Family; teamLead: boolean }) {
  const today = todayInSweden();
  // Meetings come newest first: the next is the first still ahead of today (one held today is the
  // latest, not the next), the latest the first on or before today.
  const next = family.meetings.filter((m) => m.date > today).at(-1);
  const latest = family.meetings.find((m) => m.date <= today);
  return (
    <li className={family.attention.length > 0 ? 'card needs-action' : 'card'}>
      <h2>
        <Link href={familyPath(family.reference)}>Familjen {family.reference}</Link>
      </h2>
      <p className="children">
        {family.children.map((c) => `${c.givenName} ${c.familyName} (${c.age} år)`).join(', ')}
        {teamLead && family.coordinators.length > 0 && <span className="coordinators"> · Koordinator: {family.coordinators.map((c) => c.name).join(', ')}</span>}
      </p>
      {family.attention.length > 0 ? <Signals signals={family.attention} label={`Behöver åtgärd i familjen ${family.reference}`} /> : <p className="calm">Inget väntar just nu.</p>}
      <dl className="facts">
        <div>
          <dt>Nästa uppföljning av SIP</dt>
          <dd>{family.plan?.nextFollowUp ?? (family.plan ? 'Inte planerad' : 'Ingen SIP')}</dd>
        </div>
        {next && (
          <div>
            <dt>Nästa möte</dt>
            <dd>{`${next.date}, ${meetingKindName[next.kind]}`}</dd>
          </div>
        )}
        <div>
          <dt>Senaste möte</dt>
          <dd>{latest ? `${latest.date}, ${meetingKindName[latest.kind]}` : 'Inga möten ännu'}</dd>
        </div>
      </dl>
    </li>
  );
}
