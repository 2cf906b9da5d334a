import { useLazyQuery, useQuery } from '@apollo/client';
import { type FormEvent, useMemo, useState } from 'react';
import type { WorkListQuery as WorkListData } from '../gql/graphql.js';
import { FindFamilyQuery, SearchFamiliesQuery, WorkListQuery } from '../operations/work-list.js';
import { Link, navigate } from '../routing/navigation.js';
import { familyPath } from '../routing/routes.js';
import { ErrorNotice, Loading } from '../ui/error-notice.js';
import { FieldProblem } from '../ui/field-problem.js';
import { PageHeading } from '../ui/page-heading.js';
import { useServerError } from '../ui/server-error.js';
import { meetingKindName } from '../words/terms.js';
import { textLimits, tooLong } from '../words/text-limits.js';
import { nextAndLatest, nowInSweden } from '../work-list/meetings.js';
import { matchesChildName, normaliseReference, orderWorkList } from '../work-list/order.js';
import { NewFamilyForm } from './new-family-form.js';
import { Signals } from './signals.js';

type Family = WorkListData['caseload'][number];

/** Mina familjer: the caseload, what needs action first; search by a child's name, personnummer or the reference, filter by a child's name. */
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
        <FindFamily />
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

/**
 * Sök familj: a reference goes straight to the family (a closed one too, while it is readable);
 * anything else is searched among the caller's own families by a child's name or personnummer
 * (searchFamilies), and one match opens the family at once.
 */
function FindFamily() {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [find, found] = useLazyQuery(FindFamilyQuery, { fetchPolicy: 'network-only' });
  const [search, searched] = useLazyQuery(SearchFamiliesQuery, { fetchPolicy: 'network-only' });
  const [shown, setShown] = useState<'reference' | 'search' | null>(null);
  const serverError = useServerError(shown === 'reference' ? found.error : shown === 'search' ? searched.error : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    const typed = text.trim();
    const reference = normaliseReference(typed);
    if (reference) {
      setProblem(null);
      setShown('reference');
      const result = await find({ variables: { reference } });
      if (result.data) navigate(familyPath(result.data.familyByReference.reference));
      return;
    }
    // Too little to search on is said at the field, with what to write instead.
    if ([...typed].length < 2)
      return setProblem(typed ? 'Skriv minst två tecken: en del av barnets namn, ett personnummer eller en referens som F-00012.' : 'Skriv barnets namn, personnummer eller familjens referens.');
    if ([...typed].length > textLimits.search) return setProblem(`Sökordet är för långt. ${tooLong(typed, textLimits.search)}`);
    setProblem(null);
    setShown('search');
    const result = await search({ variables: { text: typed } });
    const families = result.data?.searchFamilies ?? [];
    if (families.length === 1 && families[0]) navigate(familyPath(families[0].reference));
  };
  const results = shown === 'search' ? searched.data?.searchFamilies : undefined;
  return (
    <search className="find">
      <form className="field" onSubmit={submit} noValidate>
        <label htmlFor="find-family">Sök familj</label>
        <div className="inline">
          <input
            id="find-family"
            type="search"
            value={text}
            maxLength={textLimits.search}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            aria-describedby={['find-family-hint', problem ? 'find-family-problem' : ''].filter(Boolean).join(' ')}
          />
          <button type="submit" disabled={found.loading || searched.loading}>
            Sök
          </button>
        </div>
        <p id="find-family-hint" className="hint">
          Barnets namn, personnummer (eller födelsedatum, ÅÅMMDD) eller familjens referens, till exempel F-00012.
        </p>
        <FieldProblem id="find-family" problem={problem ?? undefined} />
      </form>
      {serverError.shown && <ErrorNotice error={serverError.shown} />}
      <div role="status" className="search-results">
        {results && results.length === 0 && <p>Ingen av dina familjer har ett barn som stämmer med ”{text.trim()}”.</p>}
        {results && results.length > 1 && (
          <>
            <p>{results.length} familjer stämmer med sökningen:</p>
            <ul className="search-list">
              {results.map((f) => (
                <li key={f.id}>
                  <Link href={familyPath(f.reference)}>Familjen {f.reference}</Link>: {f.children.map((c) => `${c.givenName} ${c.familyName} (${c.age} år)`).join(', ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </search>
  );
}

function WorkListItem({ family, teamLead }: { family: Family; teamLead: boolean }) {
  // One held this morning is the latest, not the next; the SIP meeting booked for next week is the next.
  const { next, latest } = nextAndLatest(family.meetings, nowInSweden());
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
        <div className="family-municipality">
          <dt>Kommun</dt>
          <dd>{family.municipality}</dd>
        </div>
        <div>
          <dt>Nästa uppföljning av SIP</dt>
          <dd>{family.plan?.nextFollowUp ?? (family.plan ? 'Inte planerad' : 'Ingen SIP')}</dd>
        </div>
        {next && (
          <div>
            <dt>Nästa möte</dt>
            <dd>{`${next.date}${next.time ? ` ${next.time}` : ''}, ${meetingKindName[next.kind]}`}</dd>
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
