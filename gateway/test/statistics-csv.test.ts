import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns, type FigureRow, figureRows, statisticsCsv, swedishNumber } from '../src/statistics/csv.js';
import { notAStatisticsExport } from '../src/statistics/csv-route.js';
import { describeFigure } from '../src/statistics/labels.js';

/**
 * The CSV read back as a spreadsheet's importer splits it: rows of raw cell text, BOM and quoting
 * undone, a row ended by CR LF, a bare LF or a bare CR alike outside quotes.
 */
const cellsOf = (csv: string) => parse(csv, { bom: true, delimiter: ';', columns: true, record_delimiter: ['\r\n', '\n', '\r'] }) as Record<string, string>[];

/** What a spreadsheet would take for a formula: a cell beginning with =, +, -, @, tab or CR that is not a plain number. */
const opensAsFormula = (cell: string) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) && !/^-\d+(,\d+)?$/.test(cell);

const formulas = ['=HYPERLINK("http://x")', "+1+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '\t=1+1', '\r=1+1', '＝1+1'];
/** Text whose formula would start a row of its own if the line break inside it were not quoted. */
const breaks = ['Kommun\n=1+1', 'Kommun\r=1+1', 'Kommun\r\n@SUM(1)'];

describe('the statistics CSV', () => {
  it('writes every hostile text as text: a single quote before a formula, a line break inside a cell quoted', () => {
    const rows: FigureRow[] = [...formulas, ...breaks].map((value, i) => ({ figure: `statistics.municipality${i}`, description: 'Kommun', value, suppressed: null, reason: null }));
    const csv = statisticsCsv(rows);
    const cells = cellsOf(csv);
    expect(cells.map((c) => c.värde)).toEqual([...formulas.map((v) => `'${v}`), ...breaks]);
    for (const row of cells) for (const cell of Object.values(row)) expect(opensAsFormula(cell), JSON.stringify(cell)).toBe(false);
  });

  it('keeps a negative figure a number (decimal comma, no quote) while a text beginning with a minus is neutralised', () => {
    const csv = statisticsCsv([
      { figure: 'statistics.followUpRatings.HOME_LIFE.change', description: 'x', value: -0.4, suppressed: false, reason: null },
      { figure: 'statistics.municipality', description: 'x', value: '-0,4', suppressed: null, reason: null },
      { figure: 'statistics.threshold', description: 'x', value: 5, suppressed: null, reason: null },
    ]);
    expect(csv).toContain(';-0,4;nej;');
    expect(cellsOf(csv).map((c) => c.värde)).toEqual(['-0,4', "'-0,4", '5']);
  });

  it('writes numbers as a Swedish spreadsheet reads them, never with an exponent', () => {
    expect([0.4, -0.4, 12, -3, 0, -0, 1e-7, 2.5e21].map(swedishNumber)).toEqual(['0,4', '-0,4', '12', '-3', '0', '0', '0,0000001', '2500000000000000000000']);
    expect(swedishNumber(Number.NaN)).toBeNull();
  });

  it('has Swedish headings, the path in `figur` and the path in Swedish words in `beskrivning`', () => {
    const rows = figureRows({
      statistics: {
        municipality: 'Exempelkommun',
        families: { started: { value: 12, suppressed: false, reason: null }, ongoing: { value: null, suppressed: true, reason: 'SMALL_COUNT' } },
        consents: { byPurpose: [{ purpose: 'FOLLOW_UP', counts: { active: { value: 9, suppressed: false, reason: null } } }] },
        healthCare: { __typename: 'HealthCareStatistics', careContactsByYear: [{ year: 2026, byUnitType: [{ unitType: 'BUP', contacts: { value: 133, suppressed: false, reason: null } }] }] },
        newFigure: { value: 1, suppressed: false, reason: null },
      },
    });
    const cells = cellsOf(statisticsCsv(rows));
    expect(Object.keys(cells[0] ?? {})).toEqual([...csvColumns]);
    expect(cells.map((c) => [c.figur, c.beskrivning, c.värde, c.undertryckt, c.skäl])).toEqual([
      ['statistics.municipality', 'Kommun', 'Exempelkommun', '', ''],
      ['statistics.families.started', 'Familjer, påbörjade', '12', 'nej', ''],
      ['statistics.families.ongoing', 'Familjer, pågående', '', 'ja', 'SMALL_COUNT'],
      ['statistics.consents.byPurpose.FOLLOW_UP.counts.active', 'Samtycken, per ändamål, uppföljning, antal, gällande', '9', 'nej', ''],
      // A year names its element, as a month does; a client's __typename is no figure.
      ['statistics.healthCare.careContactsByYear.2026.byUnitType.BUP.contacts', 'Hälso- och sjukvård, vårdkontakter per år, 2026, per enhetstyp, BUP, kontakter', '133', 'nej', ''],
      // A part with no Swedish name stands as it is.
      ['statistics.newFigure', 'NewFigure', '1', 'nej', ''],
    ]);
  });

  it('keeps an alias in the words, so that two answers of one request stay apart', () => {
    expect(describeFigure(['team1', 'families', 'started'])).toBe('Team1, familjer, påbörjade');
    expect(describeFigure(['statistics', 'meetingsPerMonth', '2026-10', 'jointHomeVisit'])).toBe('Möten per månad, 2026-10, gemensamma hembesök');
  });
});

describe('what GET /statistics.csv exports: statistics only, decided on the document', () => {
  const refused = (query: string, operationName: string | null = null) => notAStatisticsExport(query, operationName, 4000);
  const s = 'statistics(filter: { lastQuarters: 4 }) { threshold }';

  it('accepts statistics, with aliases and fragments', () => {
    expect(refused(`{ ${s} }`)).toBeNull();
    expect(refused(`query Two { a: ${s} b: ${s} }`)).toBeNull();
    expect(refused(`query { ...S } fragment S on Query { ${s} }`)).toBeNull();
    expect(refused(`query Q($f: StatisticsFilter!) { ... on Query { statistics(filter: $f) { ...C } } } fragment C on Statistics { threshold }`)).toBeNull();
  });

  it.each([
    ['a person-level field', '{ caseload { reference } }'],
    ['a person-level field beside statistics', `{ ${s} caseload { reference children { givenName } } }`],
    ['a fragment spread at the root hiding it', 'query { ...F } fragment F on Query { caseload { reference } }'],
    ['a fragment within a fragment hiding it', `query { ...A } fragment A on Query { ${s} ...B } fragment B on Query { caseload { reference } }`],
    ['an inline fragment hiding it', '{ ... on Query { caseload { reference } } }'],
    ['an alias named statistics hiding it', '{ statistics: caseload { reference } }'],
    ['__typename', '{ __typename }'],
    ['introspection', '{ __schema { types { name } } }'],
    ['a mutation', 'mutation { revokeConsent(id: "c-1") { id } }'],
    ['a subscription', `subscription { ${s} }`],
  ])('refuses %s, in Swedish', (_, query) => {
    expect(refused(query)).toMatch(/^Bara statistik kan hämtas som CSV/);
  });

  it('names what it refuses', () => {
    expect(refused('query { ...F } fragment F on Query { caseload { reference } family(id: "F-1") { id } }')).toContain('caseload, family');
  });

  it('runs only the operation chosen, and asks which when it is not clear', () => {
    const two = `query S { ${s} } query P { caseload { reference } }`;
    expect(refused(two)).toMatch(/ange vilken med operationName/);
    expect(refused(two, 'S')).toBeNull();
    expect(refused(two, 'P')).toMatch(/caseload/);
    expect(refused(two, 'X')).toMatch(/ingen operation som heter X/);
  });

  it('says where a query that cannot be read goes wrong, and reads no more than the token limit', () => {
    expect(refused('{ statistics(filter: { lastQuarters: 4 }) { threshold }')).toMatch(/^Frågan går inte att läsa \(rad 1, kolumn \d+\)/);
    expect(notAStatisticsExport(`{ ${s} }`, null, 5)).toMatch(/^Frågan går inte att läsa/);
  });
});
