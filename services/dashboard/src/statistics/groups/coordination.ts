import type { ConsentStatus, StatisticsConsentsByPurposeQuery as ConsentsByPurpose } from '../../gql/graphql.js';
import {
  StatisticsConsentsByAgencyQuery,
  StatisticsConsentsByPurposeQuery,
  StatisticsFamiliesQuery,
  StatisticsMeetingsQuery,
  StatisticsOccupationQuery,
  StatisticsRatingsQuery,
  StatisticsWaitingQuery,
} from '../../operations/statistics.js';
import { agencyName, meetingKindName, outcomeAreaName, purposeShortName } from '../../words/terms.js';
import type { Cell, Format } from '../cell-in-words.js';
import { type FigureTable, figureGroup } from '../figure-view.js';

// Coordination's own figures (docs/analysts.md, "What is counted"); each explanation says in
// Swedish what the schema's description of the figure says.

const count = (cell: Cell) => ({ cell, format: 'count' as Format });
const ratio = (cell: Cell, format: Format) => ({ cell, format });

export const familiesGroup = figureGroup({
  id: 'familjer',
  name: 'Familjer och barn',
  countedByAgency: false,
  explanation: [
    'Familjer i samordning någon gång under perioden, i den kommun eller det team du valt: påbörjade under perioden, pågående på periodens sista dag och avslutade under perioden. Grupperna överlappar, så det finns ingen summa.',
    'Barnen i de familjerna räknas på samma sätt.',
  ],
  document: StatisticsFamiliesQuery,
  view: (s) => ({
    facts: [],
    tables: [
      {
        caption: 'Familjer och barn i samordning',
        rowHeader: 'Under perioden',
        columns: ['Familjer', 'Barn'],
        rows: [
          { header: 'Påbörjade under perioden', cells: [count(s.families.started), count(s.children.started)] },
          { header: 'Pågående på periodens sista dag', cells: [count(s.families.ongoing), count(s.children.ongoing)] },
          { header: 'Avslutade under perioden', cells: [count(s.families.closed), count(s.children.closed)] },
        ],
      },
    ],
    chart: {
      title: 'Familjer i samordning',
      format: 'count',
      bars: [
        { label: 'Påbörjade', cell: s.families.started },
        { label: 'Pågående', cell: s.families.ongoing },
        { label: 'Avslutade', cell: s.families.closed },
      ],
    },
  }),
});

type ConsentCounts = ConsentsByPurpose['statistics']['consents']['all'];
const statuses: Array<[Exclude<keyof ConsentCounts, '__typename'>, ConsentStatus | null, string]> = [
  ['active', 'ACTIVE', 'Gäller'],
  ['pending', 'PENDING', 'Väntar'],
  ['expired', 'EXPIRED', 'Har upphört'],
  ['revoked', 'REVOKED', 'Återkallade'],
  ['total', null, 'Totalt'],
];
const consentTable = (caption: string, rowHeader: string, rows: Array<{ header: string; counts: ConsentCounts }>): FigureTable => ({
  caption,
  rowHeader,
  columns: statuses.map(([, , name]) => name),
  rows: rows.map((r) => ({ header: r.header, cells: statuses.map(([key]) => count(r.counts[key])) })),
});

const consentsCounted =
  'Samtycken för de räknade familjernas barn, efter status på periodens sista dag (eller i dag, om den dagen inte har kommit än). Statusen är den registrerade: parterna som de var när samtycket registrerades, så en senare ändring av vårdnaden syns inte här.';

export const consentsByPurposeGroup = figureGroup({
  id: 'samtycken-andamal',
  name: 'Samtycken efter ändamål',
  countedByAgency: false,
  explanation: [consentsCounted, 'Ändamålen är samordning, SIP (samordnad individuell plan) och uppföljning; alla ändamål är samtyckena av alla tre slagen.'],
  document: StatisticsConsentsByPurposeQuery,
  view: (s) => ({
    facts: [],
    tables: [
      consentTable('Samtycken efter ändamål och status', 'Ändamål', [
        ...s.consents.byPurpose.map((p) => ({ header: purposeShortName[p.purpose], counts: p.counts })),
        { header: 'Alla ändamål', counts: s.consents.all },
      ]),
    ],
    chart: {
      title: 'Samtycken som gäller, per ändamål',
      format: 'count',
      bars: s.consents.byPurpose.map((p) => ({ label: purposeShortName[p.purpose], cell: p.counts.active })),
    },
  }),
});

export const consentsByAgencyGroup = figureGroup({
  id: 'samtycken-verksamhet',
  name: 'Samtycken efter verksamhet',
  countedByAgency: false,
  explanation: [consentsCounted, 'Efter den verksamhet samtycket omfattar: ett samtycke som omfattar två verksamheter räknas en gång under varje, så det finns ingen summa.'],
  document: StatisticsConsentsByAgencyQuery,
  view: (s) => ({
    facts: [],
    tables: [
      consentTable(
        'Samtycken efter verksamhet och status',
        'Verksamhet',
        s.consents.byAgency.map((a) => ({ header: agencyName[a.agency], counts: a.counts })),
      ),
    ],
    chart: {
      title: 'Samtycken som gäller, per verksamhet',
      format: 'count',
      bars: s.consents.byAgency.map((a) => ({ label: agencyName[a.agency], cell: a.counts.active })),
    },
  }),
});

export const waitingGroup = figureGroup({
  id: 'dagar',
  name: 'Dagar till första mötet och till SIP',
  countedByAgency: false,
  explanation: [
    'För familjer som påbörjades under perioden: antal dagar från den första kontakten till det första mötet, och till en överenskommen SIP (samordnad individuell plan). Medelvärde och median.',
    'Familjer är det antal familjer siffran bygger på.',
  ],
  document: StatisticsWaitingQuery,
  view: (s) => ({
    facts: [],
    tables: [
      {
        caption: 'Dagar från första kontakten',
        rowHeader: 'Från första kontakten till',
        columns: ['Familjer', 'Medelvärde, dagar', 'Median, dagar'],
        rows: [
          { header: 'Första mötet', cells: [count(s.daysToFirstMeeting.families), ratio(s.daysToFirstMeeting.mean, 'decimal1'), ratio(s.daysToFirstMeeting.median, 'decimal1')] },
          { header: 'Överenskommen SIP', cells: [count(s.daysToAgreedSip.families), ratio(s.daysToAgreedSip.mean, 'decimal1'), ratio(s.daysToAgreedSip.median, 'decimal1')] },
        ],
      },
    ],
    chart: {
      title: 'Median, dagar från första kontakten',
      format: 'decimal1',
      bars: [
        { label: 'Till första mötet', cell: s.daysToFirstMeeting.median },
        { label: 'Till överenskommen SIP', cell: s.daysToAgreedSip.median },
      ],
    },
  }),
});

export const meetingsGroup = figureGroup({
  id: 'moten',
  name: 'Möten per månad',
  countedByAgency: false,
  explanation: [
    'De räknade familjernas möten per månad under perioden, efter slag: samverkansmöten, SIP-möten, uppföljningsmöten, gemensamma hembesök och avstämningar mellan verksamheterna.',
    'Per familj: möten per familj i samordning den månaden.',
  ],
  document: StatisticsMeetingsQuery,
  view: (s) => ({
    facts: [],
    tables: [
      {
        caption: 'Möten per månad och slag',
        rowHeader: 'Månad',
        columns: [meetingKindName.COORDINATION, meetingKindName.SIP, meetingKindName.FOLLOW_UP, meetingKindName.JOINT_HOME_VISIT, meetingKindName.CHECK_IN, 'Totalt', 'Per familj'],
        rows: s.meetingsPerMonth.map((m) => ({
          header: m.month,
          cells: [count(m.coordination), count(m.sip), count(m.followUp), count(m.jointHomeVisit), count(m.checkIn), count(m.total), ratio(m.perFamily, 'decimal2')],
        })),
      },
    ],
    chart: { title: 'Möten per månad, totalt', format: 'count', bars: s.meetingsPerMonth.map((m) => ({ label: m.month, cell: m.total })) },
  }),
});

export const ratingsGroup = figureGroup({
  id: 'uppfoljning',
  name: 'Uppföljningsbetyg',
  countedByAgency: false,
  explanation: [
    'Uppföljningsbetyg (1 mycket sämre till 5 mycket bättre) per område: medelvärdet av varje familjs första betyg, av det senaste fram till periodens slut och av förändringen mellan dem. En positiv förändring är bättre.',
    'Senaste betyg och förändring gäller familjer med två betyg eller fler i området (följts upp).',
  ],
  document: StatisticsRatingsQuery,
  view: (s) => ({
    facts: [],
    tables: [
      {
        caption: 'Uppföljningsbetyg per område',
        rowHeader: 'Område',
        columns: ['Familjer med betyg', 'Första betyget, medel', 'Följts upp', 'Senaste betyget, medel', 'Förändring, medel'],
        rows: s.followUpRatings.map((a) => ({
          header: outcomeAreaName[a.area],
          cells: [count(a.families), ratio(a.atStart, 'decimal2'), count(a.followedUp), ratio(a.latest, 'decimal2'), ratio(a.change, 'decimal2')],
        })),
      },
    ],
    chart: { title: 'Förändring av betyget per område, medel', format: 'decimal2', bars: s.followUpRatings.map((a) => ({ label: outcomeAreaName[a.area], cell: a.change })) },
  }),
});

const occupations = [
  ['work', 'Arbete'],
  ['studies', 'Studier'],
  ['sickLeave', 'Sjukskrivning'],
  ['unemployed', 'Arbetslös'],
  ['other', 'Annat (t.ex. föräldraledighet)'],
  ['total', 'Totalt'],
] as const;

export const occupationGroup = figureGroup({
  id: 'sysselsattning',
  name: 'Föräldrarnas sysselsättning',
  countedByAgency: false,
  explanation: [
    'Varje förälders sysselsättning (första och andra förälder, aldrig vem) vid samordningens start och vid den senaste uppgiften fram till periodens slut.',
    'Av föräldrarna som varken arbetade eller studerade vid starten: andelen som arbetar eller studerar vid den senaste uppgiften.',
  ],
  document: StatisticsOccupationQuery,
  view: (s) => {
    const o = s.parentsOccupation;
    return {
      facts: [
        { label: 'Föräldrar som varken arbetade eller studerade vid starten', ...count(o.notWorkingAtStart) },
        { label: 'Av dem: andel i arbete eller studier vid den senaste uppgiften', ...ratio(o.backInWorkOrStudies, 'share') },
      ],
      tables: [
        {
          caption: 'Föräldrar efter sysselsättning',
          rowHeader: 'Sysselsättning',
          columns: ['Vid start', 'Senaste uppgiften'],
          rows: occupations.map(([key, name]) => ({ header: name, cells: [count(o.atStart[key]), count(o.latest[key])] })),
        },
      ],
      chart: {
        title: 'Föräldrar i arbete och studier, vid start och senast',
        format: 'count',
        bars: [
          { label: 'Arbete, vid start', cell: o.atStart.work },
          { label: 'Arbete, senast', cell: o.latest.work },
          { label: 'Studier, vid start', cell: o.atStart.studies },
          { label: 'Studier, senast', cell: o.latest.studies },
        ],
      },
    };
  },
});
