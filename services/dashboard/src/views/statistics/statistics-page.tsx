import { useCallback, useState } from 'react';
import type { Applied } from '../../statistics/figure-view.js';
import { periodInWords } from '../../statistics/quarters.js';
import { PageHeading } from '../../ui/page-heading.js';
import { FigureSection } from './figure-section.js';
import { type Asked, type FixedTeam, StatisticsForm } from './statistics-form.js';
import { StatisticsHelp } from './statistics-help.js';

/**
 * Statistik: follow-up figures of coordination with no person in them (docs/analysts.md), for
 * analysts (any municipality or team) and team leads (their own team, fixed: the graph forces it
 * too). Each chosen group of figures is its own question, shown as tables and a chart, with a CSV.
 */
export function StatisticsPage({ fixedTeam }: { fixedTeam: FixedTeam | null }) {
  const [asked, setAsked] = useState<Asked | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  // Each "Visa statistik" lays the answer out anew (an answer the cache holds comes back at once).
  const [round, setRound] = useState(0);
  const ask = (next: Asked) => {
    setApplied(null);
    setAsked(next);
    setRound((r) => r + 1);
  };
  // The first answer tells the period and threshold as applied; every answer to one question echoes the same.
  const onApplied = useCallback((a: Applied) => setApplied((known) => known ?? a), []);
  return (
    <>
      <PageHeading title="Statistik">Statistik</PageHeading>
      <p className="lead">
        {fixedTeam ? `Uppföljning av samordningen i ${fixedTeam.name}` : 'Uppföljning av samordningen'}: familjer, samtycken, möten och uppföljning, och verksamheternas siffror för barn som har
        samtyckt till uppföljning. Inga personer, bara antal och medelvärden.
      </p>
      <StatisticsForm fixedTeam={fixedTeam} onAsk={ask} />
      {asked && (
        <div className="answer" key={round}>
          <p role="status" className="applied">
            {applied ? `Period ${periodInWords(applied.from, applied.to)}. ${asked.groupInWords}. Minsta antal som visas: ${applied.threshold}.` : 'Hämtar statistiken …'}
          </p>
          {asked.groups.map((g) => (
            <FigureSection key={g.id} group={g} filter={asked.filter} onApplied={onApplied} />
          ))}
        </div>
      )}
      <StatisticsHelp threshold={applied?.threshold ?? null} />
    </>
  );
}
