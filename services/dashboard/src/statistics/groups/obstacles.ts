import { StatisticsObstaclesQuery } from '../../operations/obstacles.js';
import { obstacleKindName, whereName } from '../../views/obstacles/words.js';
import type { Cell, Format } from '../cell-in-words.js';
import { figureGroup } from '../figure-view.js';
import { quarterName, quarterOf } from '../quarters.js';

// Hinder: the obstacles families of the counted group met (docs/obstacles.md, "In the
// statistics"), each count a protected cell as every other figure; never a text or a family.

const count = (cell: Cell) => ({ cell, format: 'count' as Format });

export const obstaclesGroup = figureGroup({
  id: 'hinder',
  name: 'Hinder som familjer har mött',
  countedByAgency: false,
  explanation: [
    'Hinder som vårdnadshavare, familjeombud och koordinatorer har registrerat för familjer i samordning, i den kommun eller det team du valt, efter kvartalet då hindret inträffade. Hanterade är de som ledningsgruppen har markerat som hanterade till periodens sista dag.',
    'Per verksamhet och per slag räknas varje hinder en gång. Vad som hände räknas aldrig, och ingen familj syns.',
  ],
  document: StatisticsObstaclesQuery,
  view: ({ obstacles }) => {
    const quarters = obstacles.map((q) => {
      const quarter = quarterOf(q.from);
      // The chart's labels are short enough for a narrow screen; the tables name the months too.
      return { ...q, name: quarterName(quarter), short: `Kvartal ${quarter.quarter} ${quarter.year}` };
    });
    const first = quarters[0];
    return {
      facts: [],
      tables: [
        {
          caption: 'Hinder per kvartal',
          rowHeader: 'Kvartal',
          columns: ['Hinder', 'Hanterade'],
          rows: quarters.map((q) => ({ header: q.name, cells: [count(q.total), count(q.handled)] })),
        },
        {
          caption: 'Hinder per verksamhet och kvartal',
          rowHeader: 'Var hindret mötte familjen',
          columns: quarters.map((q) => q.name),
          rows: (first?.byAgency ?? []).map((a) => ({ header: whereName(a.agency), cells: quarters.map((q) => count((q.byAgency.find((x) => x.agency === a.agency) ?? a).count)) })),
        },
        {
          caption: 'Hinder per slag och kvartal',
          rowHeader: 'Slag av hinder',
          columns: quarters.map((q) => q.name),
          rows: (first?.byKind ?? []).map((k) => ({ header: obstacleKindName[k.kind], cells: quarters.map((q) => count((q.byKind.find((x) => x.kind === k.kind) ?? k).count)) })),
        },
      ],
      chart: { title: 'Hinder per kvartal', format: 'count', bars: quarters.map((q) => ({ label: q.short, cell: q.total })) },
    };
  },
});
