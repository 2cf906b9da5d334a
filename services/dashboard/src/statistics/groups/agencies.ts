import { StatisticsCareContactsQuery, StatisticsInterventionsQuery, StatisticsSchoolAbsenceQuery, StatisticsSchoolSupportQuery } from '../../operations/statistics.js';
import { careUnitTypeName, careUnitTypeShortName, interventionKindName, supportKindName, termSinceStartName } from '../../words/statistics-terms.js';
import type { Cell, Format } from '../cell-in-words.js';
import { figureGroup } from '../figure-view.js';

// The agencies' figures (docs/analysts.md, "Agency figures"): each counted by the agency itself,
// over the children whose consent of purpose uppföljning covers that agency and category.

const count = (cell: Cell) => ({ cell, format: 'count' as Format });
const ratio = (cell: Cell, format: Format) => ({ cell, format });
const onlyConsented = (category: string) =>
  `Räknas av verksamheten själv, bara över barn vars samtycke till uppföljning omfattar ${category} på periodens sista dag, i de familjer du valt. Ett barn utan sådant samtycke räknas inte och verksamheten tillfrågas inte om det.`;

export const schoolAbsenceGroup = figureGroup({
  id: 'franvaro',
  name: 'Skolan: frånvaro sedan starten',
  countedByAgency: true,
  explanation: [
    onlyConsented('närvaro och frånvaro'),
    'Frånvaro (giltig och ogiltig) i procent av den undervisningstid som erbjöds, per termin räknat från terminen då familjens samordning började: terminen före, terminen då den började och terminerna efter, fram till periodens sista dag. Varje rad räknar barnen som har uppgifter för den terminen. Barn som räknas: inskrivna i skolplattformen.',
  ],
  document: StatisticsSchoolAbsenceQuery,
  view: (s) => ({
    facts: [{ label: 'Barn som räknas', ...count(s.school.children) }],
    tables: [
      {
        caption: 'Frånvaro per termin sedan samordningen började',
        rowHeader: 'Termin',
        columns: ['Barn', 'Frånvaro'],
        rows: s.school.absenceByTermSinceStart.map((t) => ({ header: termSinceStartName(t.termsSinceStart), cells: [count(t.children), ratio(t.absencePercent, 'percent')] })),
      },
    ],
    chart: {
      title: 'Frånvaro per termin sedan samordningen började, procent',
      format: 'percent',
      bars: s.school.absenceByTermSinceStart.map((t) => ({ label: termSinceStartName(t.termsSinceStart), cell: t.absencePercent })),
    },
  }),
});

export const schoolSupportGroup = figureGroup({
  id: 'stod',
  name: 'Skolan: stöd i skolan',
  countedByAgency: true,
  explanation: [
    onlyConsented('stödinsatser i skolan'),
    'Barn med extra anpassningar, särskilt stöd och åtgärdsprogram beslutade senast den första dagen i den månad då familjens samordning började (vid start), och senast periodens sista dag (vid slutet), med andelen av barnen som räknas. Skolplattformen registrerar när ett stöd beslutades, inte när det upphörde: siffran visar beslutat stöd, inte stöd som fortfarande ges.',
    'Ett åtgärdsprogram är beslutet om särskilt stöd, så ett barn med åtgärdsprogram räknas i regel också under särskilt stöd. Slagen överlappar och har ingen summa.',
  ],
  document: StatisticsSchoolSupportQuery,
  view: (s) => {
    const m = s.school.supportMeasures;
    return {
      facts: [{ label: 'Barn som räknas', ...count(m.children) }],
      tables: [
        {
          caption: 'Stöd i skolan vid start och vid periodens slut',
          rowHeader: 'Slag av stöd',
          columns: ['Vid start', 'Andel vid start', 'Vid periodens slut', 'Andel vid periodens slut'],
          rows: m.byKind.map((k) => ({ header: supportKindName[k.kind], cells: [count(k.atStart), ratio(k.shareAtStart, 'share'), count(k.atEnd), ratio(k.shareAtEnd, 'share')] })),
        },
      ],
      chart: { title: 'Barn med stödet vid periodens slut', format: 'count', bars: m.byKind.map((k) => ({ label: supportKindName[k.kind], cell: k.atEnd })) },
    };
  },
});

export const interventionsGroup = figureGroup({
  id: 'insatser',
  name: 'Socialtjänsten: insatser',
  countedByAgency: true,
  explanation: [
    onlyConsented('insatser'),
    'Insatser som påbörjats fram till periodens sista dag, efter slag: barn med en insats av slaget (ett barn med två slag räknas under båda), antal insatser och deras längd i dagar i medeltal, fram till insatsens slut eller periodens sista dag.',
  ],
  document: StatisticsInterventionsQuery,
  view: (s) => ({
    facts: [{ label: 'Barn som räknas', ...count(s.socialServices.children) }],
    tables: [
      {
        caption: 'Insatser efter slag',
        rowHeader: 'Insats',
        columns: ['Barn', 'Insatser', 'Längd i medeltal, dagar'],
        rows: s.socialServices.interventionsByKind.map((k) => ({ header: interventionKindName[k.kind], cells: [count(k.children), count(k.interventions), ratio(k.meanDays, 'decimal1')] })),
      },
    ],
    chart: { title: 'Barn med insatsen', format: 'count', bars: s.socialServices.interventionsByKind.map((k) => ({ label: interventionKindName[k.kind], cell: k.children })) },
  }),
});

export const careContactsGroup = figureGroup({
  id: 'vardkontakter',
  name: 'Hälso- och sjukvården: vårdkontakter',
  countedByAgency: true,
  explanation: [
    onlyConsented('vårdkontakter'),
    'Vårdkontakter per kalenderår som perioden berör (årets del av perioden) och enhetstyp: barn- och ungdomspsykiatrin (BUP), habiliteringen och primärvården. En vårdkontakt är ett besök som har ägt rum, inte en bokad eller avbokad tid; kontakter vid andra enheter räknas inte. Ett barn med kontakter vid två enhetstyper räknas under båda.',
    'Barn utan vårdkontakt: barn som räknas men inte har haft någon kontakt vid de tre enhetstyperna under årets del av perioden, också barn som vården aldrig har träffat. Vårdkontakter och kontakter per barn döljs tillsammans med enhetstypens antal barn.',
  ],
  document: StatisticsCareContactsQuery,
  view: (s) => ({
    facts: [{ label: 'Barn som räknas', ...count(s.healthCare.children) }],
    tables: s.healthCare.careContactsByYear.map((y) => ({
      caption: `Vårdkontakter ${y.year} (${y.from} – ${y.to})`,
      rowHeader: 'Enhetstyp',
      columns: ['Barn', 'Vårdkontakter', 'Kontakter per barn'],
      rows: [
        ...y.byUnitType.map((u) => ({
          header: careUnitTypeName[u.unitType],
          // A unit type's contacts are hidden with its children, and carry their reason: not themselves few.
          cells: [count(u.children), { ...count(u.contacts), hiddenAs: u.children.suppressed ? 'Dold med antalet barn' : undefined }, ratio(u.contactsPerChild, 'decimal1')],
        })),
        { header: 'Ingen vårdkontakt', cells: [count(y.childrenWithoutContact), null, null] },
      ],
    })),
    chart: {
      title: 'Barn med vårdkontakt per enhetstyp och år',
      format: 'count',
      bars: s.healthCare.careContactsByYear.flatMap((y) => y.byUnitType.map((u) => ({ label: `${careUnitTypeShortName[u.unitType]} ${y.year}`, cell: u.children }))),
    },
  }),
});
