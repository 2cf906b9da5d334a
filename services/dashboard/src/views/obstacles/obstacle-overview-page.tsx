import { useMutation, useQuery } from '@apollo/client';
import { useId, useState } from 'react';
import type { ObstacleOverviewQuery as Answer } from '../../gql/graphql.js';
import { HandleObstacleMutation, ObstacleOverviewQuery } from '../../operations/obstacles.js';
import type { Cell } from '../../statistics/cell-in-words.js';
import type { FigureTable as Table } from '../../statistics/figure-view.js';
import { ChangeForm } from '../../ui/change-form.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy } from '../../ui/field-problems.js';
import { PageHeading } from '../../ui/page-heading.js';
import { limitHint, tooLong } from '../../words/text-limits.js';
import { BarChart } from '../statistics/bar-chart.js';
import { FigureTable } from '../statistics/figure-table.js';
import { ObstacleList } from './obstacle-list.js';
import { monthName, obstacleKindName, quarterName, whereName } from './words.js';

type Overview = Answer['obstacleOverview'];
const periods = [3, 6, 12, 24] as const;
const maxText = 2000;

/** An exact count as a figure: the group sees every obstacle itself, so its counts are not protected (docs/obstacles.md). */
const exact = (n: number): Cell => ({ value: n, suppressed: false, reason: null, perturbed: false });
const count = (n: number) => ({ cell: exact(n), format: 'count' as const });

/**
 * Hinder som familjer möter: the management group's page. The obstacles of its municipality over
 * the months chosen, grouped by agency and kind and over time, as tables and a chart; then each
 * obstacle, the open ones first, to be marked handled with the measure taken.
 */
export function ObstacleOverviewPage() {
  const id = useId();
  const [months, setMonths] = useState<number>(12);
  const { data, error, loading } = useQuery(ObstacleOverviewQuery, { variables: { months } });
  const overview = data?.obstacleOverview;
  return (
    <>
      <PageHeading title="Hinder som familjer möter">Hinder som familjer möter</PageHeading>
      <p className="lead">
        Hinder som familjer, deras familjeombud och koordinatorer har registrerat{overview ? ` i ${overview.municipality}` : ''}. Ni ser vad som hände men inte vilken familj det gäller. Markera ett
        hinder som hanterat när ni har gjort något åt det.
      </p>
      <div className="field period-choice">
        <label htmlFor={`${id}-months`}>Period</label>
        <select id={`${id}-months`} value={months} onChange={(e) => setMonths(Number(e.target.value))}>
          {periods.map((m) => (
            <option key={m} value={m}>
              Den här månaden och de {m - 1} före
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorNotice error={error} />}
      {loading && !overview && <Loading what="hindren" />}
      {overview && <OverviewContent overview={overview} />}
    </>
  );
}

function OverviewContent({ overview }: { overview: Overview }) {
  const open = overview.obstacles.filter((o) => !o.handling).length;
  const groups: Table = {
    caption: 'Hinder per verksamhet och slag',
    rowHeader: 'Var och vad',
    columns: ['Antal', 'Inte hanterade'],
    rows: overview.byAgencyAndKind.map((g) => ({ header: `${whereName(g.agency)}: ${obstacleKindName[g.kind].toLowerCase()}`, cells: [count(g.count), count(g.open)] })),
  };
  const perMonth: Table = {
    caption: 'Hinder per månad',
    rowHeader: 'Månad',
    columns: ['Antal', 'Hanterade'],
    rows: overview.perMonth.map((m) => ({ header: monthName(m.period), cells: [count(m.count), count(m.handled)] })),
  };
  const perQuarter: Table = {
    caption: 'Hinder per kvartal',
    rowHeader: 'Kvartal',
    columns: ['Antal', 'Hanterade'],
    rows: overview.perQuarter.map((q) => ({ header: quarterName(q.period), cells: [count(q.count), count(q.handled)] })),
  };
  return (
    <>
      <p role="status" className="applied">
        {overview.from} till {overview.to}: {overview.obstacles.length} hinder, varav {open} inte hanterade.
      </p>
      <section aria-labelledby="obstacle-groups" className="obstacle-figures">
        <h2 id="obstacle-groups">Var och vad</h2>
        {groups.rows.length === 0 ? <p>Inga hinder under perioden.</p> : <FigureTable table={groups} threshold={0} />}
      </section>
      <section aria-labelledby="obstacle-time" className="obstacle-figures">
        <h2 id="obstacle-time">Över tid</h2>
        <FigureTable table={perMonth} threshold={0} />
        <BarChart chart={{ title: 'Hinder per månad', format: 'count', bars: overview.perMonth.map((m) => ({ label: monthName(m.period), cell: exact(m.count) })) }} threshold={0} />
        <FigureTable table={perQuarter} threshold={0} />
      </section>
      <section aria-labelledby="obstacle-each">
        <h2 id="obstacle-each">Varje hinder</h2>
        <ObstacleList obstacles={overview.obstacles} empty="Inga hinder under perioden.">
          {(o) => (o.handling ? null : <HandleForm obstacleId={o.id} />)}
        </ObstacleList>
      </section>
    </>
  );
}

/** Markera som hanterat: the measure taken, kept with who and when; a handling stands once made. */
function HandleForm({ obstacleId }: { obstacleId: string }) {
  const id = useId();
  const [measure, setMeasure] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [handle, { loading, error }] = useMutation(HandleObstacleMutation, { refetchQueries: ['ObstacleOverview'], awaitRefetchQueries: true });
  return (
    <ChangeForm
      summary="Markera som hanterat"
      busy={loading}
      error={error}
      done={null}
      submit={async () => {
        const found = measure.trim() ? (tooLong(measure, maxText) ?? undefined) : 'Skriv vilken åtgärd ni har vidtagit.';
        setProblem(found);
        if (found) return document.getElementById(`${id}-measure`)?.focus();
        await handle({ variables: { input: { obstacleId, measure: measure.trim() } } });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-measure`}>Åtgärd</label>
        <textarea id={`${id}-measure`} value={measure} onChange={(e) => setMeasure(e.target.value)} rows={2} maxLength={maxText} {...describedBy(`${id}-measure`, problem)} />
        <p id={`${id}-measure-hint`} className="hint">
          Vad ni har gjort åt hindret. Skriv inga namn eller personnummer. {limitHint(maxText)}
        </p>
        <FieldProblem id={`${id}-measure`} problem={problem} />
      </div>
    </ChangeForm>
  );
}
