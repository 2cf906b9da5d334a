import { StatisticsFamilySurveyQuery } from '../../operations/evaluation.js';
import { repeatedStoryName, supportRatingName } from '../../words/survey-terms.js';
import type { Cell, Format } from '../cell-in-words.js';
import { figureGroup } from '../figure-view.js';
import { parseQuarterKey, quarterName } from '../quarters.js';

// Hur har stödet varit? The families' answers to the evaluation survey (docs/evaluation.md,
// "In the statistics"), each count and share a protected cell as every other figure.

const count = (cell: Cell) => ({ cell, format: 'count' as Format });
const share = (cell: Cell) => ({ cell, format: 'share' as Format });

const supportSteps = [
  ['veryBad', 'VERY_BAD'],
  ['bad', 'BAD'],
  ['neither', 'OK'],
  ['good', 'GOOD'],
  ['veryGood', 'VERY_GOOD'],
] as const;
const repeatedSteps = [
  ['manyTimes', 'MANY_TIMES'],
  ['sometimes', 'SOMETIMES'],
  ['no', 'NO'],
] as const;

/** A quarter of the graph (2026-Q3) as the page names quarters. */
const quarterNameOf = (key: string) => {
  const quarter = parseQuarterKey(key);
  return quarter ? quarterName(quarter) : key;
};

export const familySurveyGroup = figureGroup({
  id: 'enkat',
  name: 'Familjernas enkät: hur har stödet varit?',
  countedByAgency: false,
  explanation: [
    'Efter varje uppföljningsmöte svarar vårdnadshavarna, och barn från 12 år med egna frågor, på en kort enkät på familjens sida i 30 dagar. Svaren räknas i de familjer som var i samordning under perioden, i den kommun eller det team du valt, efter kvartalet då uppföljningsmötet hölls. Hela perioden räknas för sig.',
    'En andel är antalet med svaret delat med alla svar. Det familjen skriver fritt räknas aldrig.',
  ],
  document: StatisticsFamilySurveyQuery,
  view: ({ familySurvey: { period, byQuarter } }) => ({
    facts: [
      { label: 'Svar under perioden', ...count(period.answers) },
      { label: 'Svarade ja på ”Vet ni vem ni ska vända er till?”', ...count(period.knowsWhom) },
    ],
    tables: [
      {
        caption: 'Svar och andelar per kvartal',
        rowHeader: 'Uppföljningar under',
        columns: ['Svar', 'Vårdnadshavare', 'Barn', 'Ganska eller mycket bra stöd', 'Har inte behövt upprepa sin historia', 'Vet vem de ska vända sig till'],
        rows: [...byQuarter.map((q) => ({ ...q, header: quarterNameOf(q.quarter) })), { ...period, header: 'Hela perioden' }].map((f) => ({
          header: f.header,
          cells: [count(f.answers), count(f.guardians), count(f.children), share(f.goodSupport), share(f.didNotRepeat), share(f.knowsWhomShare)],
        })),
      },
      {
        caption: 'Hur har stödet varit? Hela perioden',
        rowHeader: 'Svar',
        columns: ['Antal svar'],
        rows: supportSteps.map(([key, step]) => ({ header: supportRatingName[step], cells: [count(period.support[key])] })),
      },
      {
        caption: 'Har ni behövt upprepa er historia? Hela perioden',
        rowHeader: 'Svar',
        columns: ['Antal svar'],
        rows: repeatedSteps.map(([key, step]) => ({ header: repeatedStoryName[step], cells: [count(period.repeated[key])] })),
      },
    ],
    chart: {
      title: 'Hur har stödet varit? Svar under hela perioden',
      format: 'count',
      bars: supportSteps.map(([key, step]) => ({ label: supportRatingName[step], cell: period.support[key] })),
    },
  }),
});
