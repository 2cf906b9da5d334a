import { readFileSync } from 'node:fs';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './graphql.js';

/** Every ```graphql block of the analysts' cookbook, as written. */
const cookbook = readFileSync(new URL('../../docs/analysts.md', import.meta.url), 'utf8');
const blocks = [...cookbook.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

/** Whether an answer holds at least one figure shown: a number that is not suppressed. */
function showsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(showsSomething);
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if ('suppressed' in v && v.suppressed === false && typeof v.value === 'number') return true;
  return Object.values(v).some(showsSomething);
}

describe('the analysts’ cookbook (docs/analysts.md) runs as written on the seeded population', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 300 });
  });
  afterAll(() => system?.close());

  it('holds thirteen questions', () => {
    expect(blocks).toHaveLength(13);
  });

  it('downloads an answer as CSV for a Swedish spreadsheet that parses back to the same table', async () => {
    const query = blocks[8] as string; // one team: some cells suppressed
    const token = await system.token('analytiker1');
    const origin = new URL(system.gatewayUrl).origin;
    const res = await fetch(`${origin}/statistics.csv?query=${encodeURIComponent(query)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(Buffer.from(bytes), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['figur', 'beskrivning', 'värde', 'undertryckt', 'skäl']);
    const json = (await gql<{ statistics: any }>(system, 'analytiker1', query)).data?.statistics;
    const cells: [string, { value: number | null; suppressed: boolean; reason: string | null }][] = [
      ['families.ongoing', json.families.ongoing],
      ['families.started', json.families.started],
      ...(['active', 'pending', 'revoked', 'total'] as const).map((k) => [`consents.all.${k}`, json.consents.all[k]] as [string, any]),
    ];
    expect(rows).toHaveLength(cells.length + 2);
    expect(rows.find((r) => r.figur === 'statistics.teamId')).toMatchObject({ beskrivning: 'Team', värde: 'team-1' });
    expect(rows.find((r) => r.figur === 'statistics.families.started')?.beskrivning).toBe('Familjer, påbörjade');
    for (const [figure, cell] of cells) {
      const row = rows.find((r) => r.figur === `statistics.${figure}`);
      expect(row, figure).toMatchObject({ figur: `statistics.${figure}`, värde: cell.suppressed ? '' : String(cell.value), undertryckt: cell.suppressed ? 'ja' : 'nej', skäl: cell.reason ?? '' });
    }
    // A hidden cell (figures are perturbed, so whether one is hidden depends on the seeded keys) is an empty value with its reason.
    expect(rows.some((r) => r.undertryckt === 'ja' && r.värde === '' && r.skäl === 'SMALL_COUNT')).toBe(cells.some(([, c]) => c.suppressed));
  });

  it('refuses a CSV without a valid token or query, in Swedish', async () => {
    const origin = new URL(system.gatewayUrl).origin;
    expect((await fetch(`${origin}/statistics.csv?query=${encodeURIComponent(blocks[0] as string)}`)).status).toBe(401);
    const token = await system.token('analytiker1');
    const missing = await fetch(`${origin}/statistics.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/Ange frågan/);
    const person = await fetch(`${origin}/statistics.csv?query=${encodeURIComponent('{ caseload { reference } }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(person.status).toBe(400);
    expect(await person.text()).not.toMatch(/F-0/);
  });

  it.each(blocks.map((query, i) => [i + 1, query] as const))('question %i answers with figures', async (_, query) => {
    const result = await gql<Record<string, unknown>>(system, 'analytiker1', query);
    expect(result.errors).toBeUndefined();
    expect(showsSomething(result.data)).toBe(true);
  });
});
