import { useQuery } from '@apollo/client';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import type { StatisticsFilter } from '../../gql/graphql.js';
import { MyOrganisationQuery } from '../../operations/tenancy.js';
import { figureGroups } from '../../statistics/figure-groups.js';
import type { FigureGroup } from '../../statistics/figure-view.js';
import { firstDayOf, lastDayOf, lastQuartersName, maxQuarters, parseQuarterKey, periodProblem, quarterKey, quarterName, quarterOf, quartersUpTo } from '../../statistics/quarters.js';
import { todayInSweden } from '../../ui/dates.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem, type Problems } from '../../ui/field-problems.js';

/** A question as asked: the filter the graph is given, the groups of figures, and the group in words. */
export interface Asked {
  filter: StatisticsFilter;
  groups: FigureGroup[];
  groupInWords: string;
}

export interface FixedTeam {
  id: string;
  name: string;
  municipality: string;
}

/** Quarters offered for a period of one's own: the last five years up to the present quarter. */
const offeredQuarters = 20;
const custom = 'kvartal';

/**
 * What to count: a period of whole quarters (the last n, or from one quarter to another, at most
 * eight), a municipality or a team or all that the analyst's organisation covers (docs/tenancy.md;
 * a team lead's own team, fixed), and which figures. Nothing is asked until "Visa statistik":
 * every answer is a statistical release.
 */
export function StatisticsForm({ fixedTeam, onAsk }: { fixedTeam: FixedTeam | null; onAsk: (asked: Asked) => void }) {
  const id = useId();
  const fields = useRef<HTMLFormElement>(null);
  const today = todayInSweden();
  const quarters = useMemo(() => quartersUpTo(quarterOf(today), offeredQuarters), [today]);
  const present = quarterOf(today);
  const [period, setPeriod] = useState('4');
  const [from, setFrom] = useState(quarterKey(quarters[quarters.length - 4] ?? present));
  const [to, setTo] = useState(quarterKey(present));
  const [group, setGroup] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set([figureGroups[0]?.id ?? '']));
  const [problems, setProblems] = useState<Problems<'to' | 'figures'>>({});
  const organisation = useQuery(MyOrganisationQuery, { skip: fixedTeam !== null });
  const covers = organisation.data?.myOrganisation ?? null;
  const known = covers?.teams ?? [];
  const municipalities = covers?.municipalities ?? [];
  // A team serving several municipalities is counted only where the organisation covers.
  const ownTeams = (m: string) => known.filter((t) => t.municipalities.length === 1 && t.municipality === m);
  const sharedTeams = known.filter((t) => t.municipalities.length > 1);
  const everything = covers ? (covers.kind === 'REGION' ? `Alla kommuner i ${covers.name}` : `Hela ${covers.name}`) : 'Allt du har behörighet till';
  const toggle = (groupId: string) => setChosen((c) => (c.has(groupId) ? new Set([...c].filter((g) => g !== groupId)) : new Set([...c, groupId])));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof problems = {};
    let filter: StatisticsFilter;
    if (period === custom) {
      const a = parseQuarterKey(from);
      const b = parseQuarterKey(to);
      const problem = a && b ? periodProblem(a, b) : 'Välj ett från-kvartal och ett till-kvartal.';
      if (problem) found.to = problem;
      filter = a && b ? { from: firstDayOf(a), to: lastDayOf(b) } : {};
    } else {
      filter = { lastQuarters: Number(period) };
    }
    let groupInWords = everything;
    if (fixedTeam) {
      filter.teamId = fixedTeam.id;
      groupInWords = `${fixedTeam.name}, ${fixedTeam.municipality}`;
    } else if (group.startsWith('m:')) {
      filter.municipality = group.slice(2);
      groupInWords = group.slice(2);
    } else if (group.startsWith('t:')) {
      const team = known.find((t) => t.id === group.slice(2));
      filter.teamId = group.slice(2);
      groupInWords = team ? `${team.name}, ${teamPlaces(team.municipalities, municipalities)}` : group.slice(2);
    }
    if (chosen.size === 0) found.figures = 'Välj minst en sorts siffror.';
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem(fields.current);
    onAsk({ filter, groups: figureGroups.filter((g) => chosen.has(g.id)), groupInWords });
  };

  return (
    <form ref={fields} className="statistics-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Välj period, grupp och siffror</h2>
      <div className="two">
        <div>
          <div className="field">
            <label htmlFor={`${id}-period`}>Period</label>
            <select id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value)} aria-describedby={`${id}-period-hint`}>
              {Array.from({ length: maxQuarters }, (_, i) => i + 1).map((n) => (
                <option key={n} value={String(n)}>
                  {lastQuartersName(n)}
                </option>
              ))}
              <option value={custom}>Välj kvartal själv</option>
            </select>
            <p id={`${id}-period-hint`} className="hint">
              Hela kalenderkvartal, högst {maxQuarters}. De senaste kvartalen räknas med det innevarande, fram till i dag.
            </p>
          </div>
          {period === custom && (
            <div className="inline quarters">
              <div className="field">
                <label htmlFor={`${id}-from`}>Från och med</label>
                <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
                  {quarters.map((q) => (
                    <option key={quarterKey(q)} value={quarterKey(q)}>
                      {quarterName(q)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-to`}>Till och med</label>
                <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)} {...describedBy(`${id}-to`, problems.to, false)}>
                  {quarters.map((q) => (
                    <option key={quarterKey(q)} value={quarterKey(q)}>
                      {quarterName(q)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )}
          <FieldProblem id={`${id}-to`} problem={problems.to} />
        </div>
        {fixedTeam ? (
          <div className="field fixed-group">
            <p className="label">Team</p>
            <p>
              {fixedTeam.name}, {fixedTeam.municipality}
            </p>
            <p className="hint">Som teamledare ser du statistik för ditt eget team.</p>
          </div>
        ) : (
          <div>
            <div className="field">
              <label htmlFor={`${id}-group`}>Kommun eller team</label>
              <select id={`${id}-group`} value={group} onChange={(e) => setGroup(e.target.value)} aria-describedby={`${id}-group-hint`}>
                <option value="">{everything}</option>
                {municipalities.length > 1 &&
                  municipalities.map((m) => (
                    <optgroup key={m} label={m}>
                      <option value={`m:${m}`}>Hela {m}</option>
                      {ownTeams(m).map((t) => (
                        <option key={t.id} value={`t:${t.id}`}>
                          {t.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                {municipalities.length === 1 &&
                  ownTeams(municipalities[0] as string).map((t) => (
                    <option key={t.id} value={`t:${t.id}`}>
                      {t.name}
                    </option>
                  ))}
                {sharedTeams.length > 0 && (
                  <optgroup label="Team i flera kommuner">
                    {sharedTeams.map((t) => (
                      <option key={t.id} value={`t:${t.id}`}>
                        {t.name}, {teamPlaces(t.municipalities, municipalities)}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
              <p id={`${id}-group-hint`} className="hint">
                {covers
                  ? `Du tar fram statistik för ${covers.name}: familjer som bor i ${municipalities.join(', ')}. En hel kommun eller ett team, inget mindre.`
                  : organisation.loading
                    ? 'Hämtar vilka kommuner du tar fram statistik för …'
                    : 'Din inloggning anger ingen kommun eller region, så du kan inte ta fram statistik. Kontakta den som ger behörigheter i Lotsen.'}
              </p>
            </div>
          </div>
        )}
      </div>
      <fieldset className="choices figure-choices" aria-describedby={problems.figures ? `${id}-figures-problem` : undefined}>
        <legend>Siffror</legend>
        <div className="two">
          <div>
            <p className="label">Samordningen</p>
            {figureGroups
              .filter((g) => !g.countedByAgency)
              .map((g) => (
                <FigureChoice key={g.id} group={g} checked={chosen.has(g.id)} onToggle={toggle} invalid={Boolean(problems.figures)} />
              ))}
          </div>
          <div>
            <p className="label">Verksamheternas siffror</p>
            {figureGroups
              .filter((g) => g.countedByAgency)
              .map((g) => (
                <FigureChoice key={g.id} group={g} checked={chosen.has(g.id)} onToggle={toggle} invalid={Boolean(problems.figures)} />
              ))}
            <p className="hint">Räknas av verksamheten, bara över barn vars samtycke till uppföljning omfattar uppgifterna.</p>
          </div>
        </div>
        <FieldProblem id={`${id}-figures`} problem={problems.figures} />
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          Visa statistik
        </button>
      </div>
    </form>
  );
}

/** Where a team's counted families live: its municipalities the organisation covers. */
const teamPlaces = (served: readonly string[], covered: readonly string[]) => {
  const places = served.filter((m) => covered.includes(m));
  return places.length === 1 ? `familjerna i ${places[0]}` : places.join(', ');
};

function FigureChoice({ group, checked, onToggle, invalid }: { group: FigureGroup; checked: boolean; onToggle: (id: string) => void; invalid: boolean }) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={() => onToggle(group.id)} aria-invalid={invalid || undefined} /> {group.name}
    </label>
  );
}
