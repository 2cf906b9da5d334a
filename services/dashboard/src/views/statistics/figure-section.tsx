import { useQuery } from '@apollo/client';
import { Kind } from 'graphql';
import { useEffect, useId } from 'react';
import type { StatisticsFilter } from '../../gql/graphql.js';
import { anyPerturbed } from '../../statistics/cell-in-words.js';
import type { Applied, FigureGroup } from '../../statistics/figure-view.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { BarChart } from './bar-chart.js';
import { CsvDownloadButton } from './csv-download-button.js';
import { FigureTable, FigureValue } from './figure-table.js';

const operationNameOf = (group: FigureGroup) => {
  const operation = group.document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION && operation.name ? operation.name.value : '';
};

/**
 * One group of figures: asked by its own operation, answered once per filter (the cache keeps it:
 * every answer is a statistical release in the audit trail, so the same question is not asked
 * again), shown as what it counts, its tables and a chart, with its CSV.
 */
export function FigureSection({ group, filter, onApplied }: { group: FigureGroup; filter: StatisticsFilter; onApplied: (applied: Applied) => void }) {
  const id = useId();
  const { data, error, loading, refetch } = useQuery(group.document, { variables: { filter }, fetchPolicy: 'cache-first', notifyOnNetworkStatusChange: true });
  const statistics = data?.statistics;
  useEffect(() => {
    if (statistics) onApplied(statistics);
  }, [statistics, onApplied]);
  const view = statistics ? group.view(statistics) : null;
  const threshold = statistics?.threshold ?? 0;
  return (
    <section className="figure-group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{group.name}</h2>
      {group.explanation.map((p) => (
        <p key={p} className="explanation">
          {p}
        </p>
      ))}
      {error && (
        <>
          <ErrorNotice error={error} />
          <button type="button" onClick={() => void refetch().catch(() => undefined)}>
            Försök igen
          </button>
        </>
      )}
      {loading && <Loading what={`siffrorna: ${group.name.toLowerCase()}`} />}
      {statistics && view && !loading && (
        <>
          {anyPerturbed(statistics) && (
            <p className="perturbed">Talen är lätt slumpade för att ingen enskild ska kunna räknas fram. En summa räknas för sig och kan skilja sig något från delarna tillsammans.</p>
          )}
          {view.facts.length > 0 && (
            <dl className="facts">
              {view.facts.map((f) => (
                <div key={f.label}>
                  <dt>{f.label}</dt>
                  <dd>
                    <FigureValue figure={f} threshold={threshold} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {view.tables.map((t) => (
            <FigureTable key={t.caption} table={t} threshold={threshold} />
          ))}
          {view.tables.length === 0 && <p>Inga siffror för perioden.</p>}
          {view.chart && <BarChart chart={view.chart} threshold={threshold} />}
          <CsvDownloadButton groupId={group.id} groupName={group.name} operationName={operationNameOf(group)} filter={filter} period={statistics} />
        </>
      )}
    </section>
  );
}
