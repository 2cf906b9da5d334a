// Family representatives (familjeombud) and obstacles (hinder), through the gateway and in a real
// browser, against one seeded system: the representative of F-00001 reads the family's own parts
// (audited, never an agency's data), a guardian narrows what it may do and records an obstacle,
// the representative records one, the coordinator sees both, the management group sees them
// grouped and over time and marks one handled, the analyst counts them as protected cells, and a
// guardian's withdrawal ends the representative's access. Screenshots at 1280 and 768 px with axe.
import { agencies } from '@lotsen/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  type Cell,
  chromiumAvailable,
  countInWords,
  dashboardSession,
  eventually,
  heading,
  type Json,
  operation,
  part,
  quarterOnPage,
  rowsOf,
  showFigureGroup,
  today,
} from './browser/dashboard-session.js';
import { guardianUsernameOf } from './browser/population.js';
import { gql } from './graphql.js';

const represented = `{ representedFamilies { id reference permissions children plan { id familyRepresentatives { name role } } meetings { id } obstacles { id description } } }`;
const recordObstacle = `mutation($input: RecordObstacleInput!) { recordObstacle(input: $input) { id kind agency occurredOn recordedByRole } }`;
const overview = `query($months: Int!) { obstacleOverview(months: $months) { municipality from to obstacles { id description handling { measure byName } }
  byAgencyAndKind { agency kind count open } perMonth { period count handled } perQuarter { period count handled } } }`;

describe.runIf(chromiumAvailable)('family representatives and obstacles: through the graph and in the browser', () => {
  const session = dashboardSession();
  const { as, capture, familyOf } = session;
  let familyId: string;
  const children = () => familyOf('F-00001').children.map((c) => c.personnummer);
  const guardians = () => {
    const custodians = familyOf('F-00001').guardians.filter((g) => g.hasCustody);
    return custodians.map((g) => session.system.population.users.find((u) => u.personnummer === g.personnummer)?.username as string);
  };
  const obstacleCount = async () => Number((await session.system.db.query<{ n: number }>('SELECT count(*)::int AS n FROM obstacles'))[0]?.n);
  beforeAll(() => {
    familyId = familyOf('F-00001').id;
  });

  it("lets familjeombud1 read F-00001's own parts, every reading in each child's trail, and reach no family, child or agency datum otherwise", async () => {
    const answer = await gql<{ representedFamilies: Json[] }>(session.system, 'familjeombud1', represented);
    expect(answer.errors).toBeUndefined();
    const [family] = answer.data?.representedFamilies ?? [];
    expect(answer.data?.representedFamilies).toHaveLength(1);
    expect(family).toMatchObject({ reference: 'F-00001', permissions: ['READ_PAGE', 'RECORD_OBSTACLES', 'SIP_PARTICIPANT'] });
    expect(family?.children).toEqual(familyOf('F-00001').children.map((c) => c.givenName));
    expect(family?.plan.familyRepresentatives).toEqual([{ name: 'Familjeombud 1', role: 'Familjeombud' }]);
    expect(family?.meetings.length).toBeGreaterThan(0);
    const trail = await session.system.db.query<{ child: string }>(
      `SELECT child_personnummer AS child FROM audit_events WHERE source = 'coordination' AND actor = 'familjeombud1' AND kind = 'DISCLOSURE' AND reason = 'FAMILY_REPRESENTATIVE' AND agency IS NULL`,
    );
    expect([...new Set(trail.map((e) => e.child))].sort()).toEqual([...children()].sort());
    // The family view, its children and their agency sections are not the representative's.
    const byReference = await gql(session.system, 'familjeombud1', '{ familyByReference(reference: "F-00001") { id } }');
    expect(byReference.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const child = await gql<{ child: Json | null; family: Json | null }>(
      session.system,
      'familjeombud1',
      `query($p: Personnummer!, $id: ID!) { child(personnummer: $p) { givenName } family(id: $id) { id } }`,
      {
        p: children()[0],
        id: familyId,
      },
    );
    expect(child.data).toEqual({ child: null, family: null });
    // Nobody else is a representative: a coordinator's list is empty, and the management group sees no family.
    expect((await gql<{ representedFamilies: Json[] }>(session.system, 'koordinator1', represented)).data?.representedFamilies).toEqual([]);
    const coordinatorOverview = await gql(session.system, 'koordinator1', overview, { months: 12 });
    expect(coordinatorOverview.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an obstacle naming a child or a guardian or with a personnummer in its text, one dated ahead, and one for a family not the guardian’s, writing nothing', async () => {
    const before = await obstacleCount();
    const input = { familyId, agency: agencies[0], kind: 'NO_CONTACT', description: 'Ingen svarade.', occurredOn: today };
    const {
      children: [child],
      guardians: [guardian],
    } = familyOf('F-00001');
    const childName = `${child?.givenName} ${child?.familyName.toLocaleUpperCase('sv')}`;
    const guardianName = `${guardian?.givenName} ${guardian?.familyName}`;
    const identifying = [
      [children()[0] as string, `Gäller ${children()[0]}, som fick vänta.`, 'ett personnummer', 'PERSONNUMMER'],
      [childName, `${childName} fick vänta i ett halvår.`, 'ett för- och efternamn', 'NAME'],
      [guardianName, `Ingen ringde tillbaka till ${guardianName}.`, 'ett för- och efternamn', 'NAME'],
    ] as const;
    for (const [datum, description, found, kind] of identifying) {
      const refused = await gql(session.system, 'koordinator1', recordObstacle, { input: { ...input, description } });
      expect(refused.errors?.[0]?.message).toMatch(new RegExp(`^Vad hände: texten innehåller ${found}\\. Ledningsgruppen läser hindret utan att veta vilken familj`));
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', identifying: kind });
      expect(refused.errors?.[0]?.message).not.toContain(datum);
    }
    const ahead = await gql(session.system, 'koordinator1', recordObstacle, { input: { ...input, occurredOn: addDays(today, 1) } });
    expect(ahead.errors?.[0]?.message).toMatch(/framåt i tiden/);
    const other = await gql(session.system, guardianUsernameOf(session.system.population, 'F-00002'), recordObstacle, { input });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const analyst = await gql(session.system, 'analytiker1', recordObstacle, { input });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await obstacleCount()).toBe(before);
  });

  it("shows the coordinator the representative taking part in the SIP, apart from the plan's participants, and on the SIP document", async () => {
    await as('koordinator1', async (coordinator) => {
      await session.openFamily(coordinator, 'F-00001');
      const sip = part(coordinator, 'SIP – samordnad individuell plan');
      await eventually(() => sip.locator('.sip-representatives').textContent()).toBe('Deltar för familjen som familjeombud: Familjeombud 1.');
      await sip.getByRole('button', { name: 'Visa SIP för utskrift och underskrift' }).click();
      const document = sip.locator('.sip-document');
      await document.getByRole('heading', { name: 'Samordnad individuell plan (SIP)' }).waitFor();
      expect(await document.locator('li', { hasText: 'Familjeombud 1' }).textContent()).toBe('Familjeombud 1, familjeombud för familjen');
      expect(await document.locator('table.signatures td', { hasText: 'Familjeombud 1' }).textContent()).toBe('Familjeombud 1Familjeombud för familjen');
      await document.scrollIntoViewIfNeeded();
      await capture(coordinator, 'coordinator-sip-representative');
    });
  }, 60_000);

  it("lets a guardian of F-00001 narrow what the representative may do and record an obstacle on the family's page", async () => {
    await as(guardians()[0] as string, async (guardian) => {
      await heading(guardian, 'Vår familj').waitFor();
      const representatives = part(guardian, 'Familjeombud');
      const card = representatives.locator('li.card.representative', { hasText: 'Familjeombud 1' });
      await eventually(() => card.locator('.representative-now').textContent()).toBe('Får läsa familjens sida, registrera hinder och delta i SIP.');
      await card.locator('summary', { hasText: 'Ändra vad Familjeombud 1 får göra' }).click();
      await card.getByLabel('Delta i SIP som familjens ombud').uncheck();
      await card.getByRole('button', { name: 'Ändra vad Familjeombud 1 får göra' }).click();
      await eventually(() => card.getByRole('status').textContent()).toBe('Sparat. Familjeombud 1 får nu läsa familjens sida och registrera hinder.');
      await eventually(() => card.locator('.representative-now').textContent()).toBe('Får läsa familjens sida och registrera hinder.');
      await capture(guardian, 'guardian-representative');

      const obstacles = part(guardian, 'Hinder');
      await obstacles.locator('summary', { hasText: 'Registrera ett hinder' }).click();
      await obstacles.getByLabel('Var mötte ni hindret?').selectOption({ label: 'Hälso- och sjukvården' });
      await obstacles.getByLabel('Vad för slags hinder?').selectOption('INFORMATION_NOT_SHARED');
      // Nothing written: the form says what is missing, and sends nothing.
      await obstacles.getByRole('button', { name: 'Registrera ett hinder' }).click();
      await eventually(() => obstacles.locator('.field-problem').first().textContent()).toBe('Beskriv vad som hände.');
      await obstacles.getByLabel('Vad hände?').fill('Vi fick berätta allt om barnets diagnos en gång till på den nya mottagningen.');
      await obstacles.getByRole('button', { name: 'Registrera ett hinder' }).click();
      await eventually(() => obstacles.getByRole('status').textContent()).toBe(`Registrerat: fick upprepa sig, information delades inte, hälso- och sjukvården, ${today}.`);
      await eventually(() => obstacles.locator('li.obstacle').first().textContent()).toContain('Vi fick berätta allt om barnets diagnos en gång till');
      expect(await obstacles.locator('li.obstacle').first().textContent()).toContain('av vårdnadshavare');
      await capture(guardian, 'guardian-obstacle');
    });
    // The narrowing holds at once, in the graph: no longer a SIP participant.
    const after = await gql<{ representedFamilies: Json[] }>(session.system, 'familjeombud1', represented);
    expect(after.data?.representedFamilies[0]).toMatchObject({ permissions: ['READ_PAGE', 'RECORD_OBSTACLES'], plan: { familyRepresentatives: [] } });
    const changes = await session.system.db.query<{ reason: string }>(
      `SELECT reason FROM audit_events WHERE source = 'coordination' AND kind = 'CONSENT_CHANGE' AND actor = $1 AND reason LIKE 'REPRESENTATIVE_GIVEN%'`,
      [guardians()[0]],
    );
    expect(changes.map((c) => c.reason)).toEqual(children().map(() => 'REPRESENTATIVE_GIVEN familjeombud1: READ_PAGE,RECORD_OBSTACLES'));
  }, 90_000);

  it("shows familjeombud1 the family as it lets them see it, its contacts among it, audited, and takes the representative's obstacle", async () => {
    const person = { name: 'Eva Lind', role: 'Kurator', organisation: 'Skola 1', phone: '013-20 30 40' };
    const added = await gql(session.system, 'koordinator1', 'mutation($input: FamilyContactInput!) { addFamilyContact(input: $input) { id } }', {
      input: { familyId, person, about: 'Frågor om skoldagen' },
    });
    expect(added.errors).toBeUndefined();
    const readings = async () =>
      Number(
        (await session.system.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE actor = 'familjeombud1' AND kind = 'DISCLOSURE' AND reason = 'FAMILY_REPRESENTATIVE'"))[0]?.n,
      );
    const before = await readings();
    await as('familjeombud1', async (representative) => {
      await heading(representative, 'Familjen jag företräder').waitFor();
      await eventually(() => representative.locator('p.lead').textContent()).toContain('Familjen F-00001');
      expect(await representative.locator('main').textContent()).toContain('Familjen låter dig läsa familjens sida och registrera hinder.');
      const contacts = part(representative, 'Vem ska vi vända oss till?');
      const card = contacts.locator('.contact-person', { hasText: person.name });
      await eventually(() => card.locator('.served-by').textContent()).toBe('Kurator, Skola 1');
      expect(await card.locator('.about').textContent()).toBe('Kontakta om: Frågor om skoldagen');
      expect(await contacts.getByRole('button').count()).toBe(0);
      const obstacles = part(representative, 'Hinder');
      await eventually(() => obstacles.locator('li.obstacle').count()).toBeGreaterThan(1);
      await obstacles.locator('summary', { hasText: 'Registrera ett hinder' }).click();
      await obstacles.getByLabel('Var mötte ni hindret?').selectOption({ label: 'Socialtjänsten' });
      await obstacles.getByLabel('Vad för slags hinder?').selectOption('SENT_BETWEEN');
      await obstacles.getByLabel('Vad hände?').fill('Familjen hänvisades till skolan för frågan om stöd i hemmet, och skolan hänvisade tillbaka.');
      await obstacles.getByRole('button', { name: 'Registrera ett hinder' }).click();
      await eventually(() => obstacles.getByRole('status').textContent()).toBe(`Registrerat: skickades mellan verksamheter, socialtjänsten, ${today}.`);
      await eventually(() => obstacles.locator('li.obstacle', { hasText: 'skolan hänvisade tillbaka' }).textContent()).toContain('av familjeombud');
      await capture(representative, 'representative-home');
    });
    // Each reading of the page, the contacts with it, is in every child's trail.
    expect(await readings()).toBeGreaterThanOrEqual(before + children().length);
  }, 60_000);

  it("shows the coordinator the family's obstacles and its representative", async () => {
    await as('koordinator1', async (coordinator) => {
      await session.openFamily(coordinator, 'F-00001');
      const obstacles = part(coordinator, 'Hinder');
      await eventually(() => obstacles.locator('li.obstacle', { hasText: 'skolan hänvisade tillbaka' }).count()).toBe(1);
      expect(await obstacles.locator('li.obstacle', { hasText: 'diagnos en gång till' }).count()).toBe(1);
      const representatives = part(coordinator, 'Familjeombud');
      await eventually(() => representatives.locator('.representative-now').textContent()).toBe('Får läsa familjens sida och registrera hinder.');
      // No longer a SIP participant: the SIP section does not list them.
      expect(await part(coordinator, 'SIP – samordnad individuell plan').locator('.sip-representatives').count()).toBe(0);
      // The coordinator reads; only a guardian gives or withdraws.
      expect(await representatives.getByRole('button', { name: 'Ta tillbaka ombudet' }).count()).toBe(0);
      await obstacles.scrollIntoViewIfNeeded();
      await capture(coordinator, 'coordinator-obstacles');
    });
  }, 60_000);

  it('shows the management group its municipality’s obstacles grouped and over time, without the families, and marks one handled', async () => {
    await as('ledningsgrupp1', async (group) => {
      await heading(group, 'Hinder som familjer möter').waitFor();
      await eventually(() => group.locator('p.applied').textContent()).toMatch(/hinder, varav \d+ inte hanterade\.$/);
      const answer = await gql<{ obstacleOverview: Json }>(session.system, 'ledningsgrupp1', overview, { months: 12 });
      const seen = answer.data?.obstacleOverview as Json;
      expect(seen.perMonth).toHaveLength(12);
      expect(seen.perMonth.reduce((s: number, m: Json) => s + m.count, 0)).toBe(seen.obstacles.length);
      expect(seen.byAgencyAndKind.reduce((s: number, g: Json) => s + g.count, 0)).toBe(seen.obstacles.length);
      // No family is named anywhere on the page.
      expect(await group.locator('main').textContent()).not.toMatch(/F-\d{5}/);
      expect(await group.locator('caption').allTextContents()).toEqual(['Hinder per verksamhet och slag', 'Hinder per månad', 'Hinder per kvartal']);
      await capture(group, 'management-obstacles');

      const card = group.locator('li.obstacle', { hasText: 'skolan hänvisade tillbaka' });
      await card.locator('summary', { hasText: 'Markera som hanterat' }).click();
      await card.getByRole('button', { name: 'Markera som hanterat' }).click();
      await eventually(() => card.locator('.field-problem').textContent()).toBe('Skriv vilken åtgärd ni har vidtagit.');
      await card.getByLabel('Åtgärd').fill('Socialtjänsten och skolan har kommit överens om vem som tar emot frågor om stöd i hemmet.');
      await card.getByRole('button', { name: 'Markera som hanterat' }).click();
      const handled = group.locator('li.obstacle', { hasText: 'skolan hänvisade tillbaka' });
      await eventually(() => handled.locator('.obstacle-handled').textContent()).toContain('av Ledningsgruppen: Socialtjänsten och skolan har kommit överens');
      await capture(group, 'management-handled');
    });
    // Once handled it stays so: a second handling is refused.
    const [row] = await session.system.db.query<{ id: string }>("SELECT id FROM obstacles WHERE description LIKE '%skolan hänvisade tillbaka%'");
    const again = await gql(session.system, 'ledningsgrupp1', 'mutation($input: HandleObstacleInput!) { handleObstacle(input: $input) { id } }', { input: { obstacleId: row?.id, measure: 'Igen.' } });
    expect(again.errors?.[0]?.message).toMatch(/^Hindret är redan hanterat/);
  }, 90_000);

  it("counts obstacles in the analysts' statistics as protected cells, per quarter, by agency and kind, and records the release", async () => {
    const answer = await gql<{ statistics: Json }>(
      session.system,
      'analytiker1',
      `{ statistics(filter: { lastQuarters: 4 }) { threshold obstacles { from total { value suppressed reason perturbed } handled { value suppressed reason perturbed }
         byAgency { agency count { value suppressed reason perturbed } } byKind { kind count { value suppressed reason perturbed } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const { threshold, obstacles } = (answer.data?.statistics ?? {}) as Json;
    expect(obstacles).toHaveLength(4);
    const cells: Cell[] = obstacles.flatMap((q: Json) => [q.total, q.handled, ...q.byAgency.map((a: Json) => a.count), ...q.byKind.map((k: Json) => k.count)]);
    for (const c of cells) {
      expect(c.perturbed).toBe(true);
      if (c.suppressed) expect(c.reason).toBe('SMALL_COUNT');
      else expect(c.value === 0 || (c.value as number) >= threshold).toBe(true);
    }
    expect(obstacles[3].byAgency.map((a: Json) => a.agency)).toContain(null);
    // The figures released are in the trail: obstacles among them.
    const [release] = await session.system.db.query<{ categories: string[] }>(
      "SELECT categories FROM audit_events WHERE source = 'coordination' AND kind = 'STATISTICAL_RELEASE' AND actor = 'analytiker1' ORDER BY seq DESC LIMIT 1",
    );
    expect(release?.categories).toEqual(['obstacles']);

    // The same figures on the analyst's statistics page: each cell the graph's, hidden ones in words.
    const name = 'Hinder som familjer har mött';
    await as('analytiker1', async (analyst) => {
      const figures = await showFigureGroup(analyst, name);
      const page = await gql<{ statistics: Json }>(session.system, 'analytiker1', operation('StatisticsObstacles'), { filter: { lastQuarters: 4 } });
      const quarters = page.data?.statistics.obstacles as Json[];
      await eventually(() => rowsOf(figures, 'Hinder per kvartal')).toEqual(quarters.map((q) => [quarterOnPage(q.from), countInWords(q.total, threshold), countInWords(q.handled, threshold)]));
      const kinds = await rowsOf(figures, 'Hinder per slag och kvartal');
      expect(kinds.map((row) => row.slice(1))).toEqual(quarters[0]?.byKind.map((k: Json) => quarters.map((q) => countInWords(q.byKind.find((x: Json) => x.kind === k.kind).count, threshold))));
      expect(await figures.locator('figure.bar-chart svg[role="img"]').count()).toBe(1);
      await capture(analyst, 'statistics-obstacles');
    });
  }, 90_000);

  it("lets the other guardian withdraw the representative at once, after a confirmation, and the representative's page then says so", async () => {
    await as(guardians()[1] as string, async (guardian) => {
      await heading(guardian, 'Vår familj').waitFor();
      const card = part(guardian, 'Familjeombud').locator('li.card.representative', { hasText: 'Familjeombud 1' });
      await card.getByRole('button', { name: 'Ta tillbaka ombudet' }).click();
      await eventually(() => card.locator('.confirm').textContent()).toContain('Ta tillbaka Familjeombud 1?');
      await capture(guardian, 'guardian-withdraw-confirm');
      await card.getByRole('button', { name: 'Ja, ta tillbaka Familjeombud 1' }).click();
      await eventually(() => card.locator('.representative-now').textContent()).toBe('Har inget uppdrag för familjen.');
      await card.locator('summary', { hasText: 'Historik' }).click();
      await eventually(() => card.locator('.representative-history li').last().textContent()).toMatch(/tog tillbaka ombudet$/);
    });
    await as('familjeombud1', async (representative) => {
      await heading(representative, 'Familjen jag företräder').waitFor();
      await eventually(() => representative.locator('main').textContent()).toContain('Ingen familj har gett dig uppdrag som familjeombud just nu.');
      await capture(representative, 'representative-none');
    });
    const refused = await gql(session.system, 'familjeombud1', recordObstacle, { input: { familyId, kind: 'OTHER', description: 'Försöker igen.', occurredOn: today } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 90_000);

  it('has no accessibility finding in any view, no English word on any page, and nothing refused by the browser', () => {
    session.expectViewsClean([
      'statistics-obstacles',
      'coordinator-obstacles',
      'coordinator-sip-representative',
      'guardian-obstacle',
      'guardian-representative',
      'guardian-withdraw-confirm',
      'management-handled',
      'management-obstacles',
      'representative-home',
      'representative-none',
    ]);
  });
});
