import type { Family } from '@lotsen/agency-systems';
import { type GrantBody, generateRegistryKeys, grantSigningKey, issueGrants } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callSubgraph } from './signed.js';

type Json = Record<string, any>;

const schoolOfChild = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { school { enrolment { __typename ... on SchoolEnrolment { schoolUnit } ... on AccessDenied { reason message } } } } } }`;
const grantOfChild = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { grant } } }';

/**
 * The registry's grants, tried as a gateway or anyone between could: each one an agency subgraph
 * cannot trust denies with UNAVAILABLE, writes the denial to its audit trail, and calls nothing.
 */
describe('grants: what the registry decided travels with the child, signed', () => {
  let system: RunningSystem;
  let child: string;
  let sibling: string;
  const url = (name: keyof RunningSystem['subgraphs']) => `${system.subgraphs[name].url}/graphql`;
  const grantFor = async (pnr: string, requestId: string, as = 'koordinator1') => {
    const res = await callSubgraph(
      url('coordination'),
      await system.token(as),
      { query: grantOfChild, variables: { r: [{ __typename: 'Child', personnummer: pnr }] } },
      system.signingKey,
      {},
      { 'x-request-id': requestId },
    );
    return res.body.data?._entities[0]?.grant as string;
  };
  const school = async (pnr: string, grant: string | null | undefined, requestId: string, as = 'koordinator1') => {
    system.simulators.school.control.reset();
    const res = await callSubgraph(
      url('school'),
      await system.token(as),
      { query: schoolOfChild, variables: { r: [{ __typename: 'Child', personnummer: pnr, ...(grant === undefined ? {} : { grant }) }] } },
      system.signingKey,
      {},
      { 'x-request-id': requestId },
    );
    return res.body.data?._entities[0]?.school.enrolment as Json;
  };
  const deniedAndAudited = async (enrolment: Json, requestId: string) => {
    expect(enrolment).toMatchObject({ __typename: 'AccessDenied', reason: 'UNAVAILABLE' });
    expect(system.simulators.school.control.total()).toBe(0);
    const rows = await system.db.query<{ kind: string; reason: string }>("SELECT kind, reason FROM audit_events WHERE source = 'school' AND request_id = $1", [requestId]);
    expect(rows).toEqual([{ kind: 'DENIAL', reason: 'UNAVAILABLE' }]);
  };

  beforeAll(async () => {
    system = await startSystem({ families: 20 });
    const family = system.population.families.find((f) => f.archetype === 3) as Family;
    [, child] = family.children.map((c) => c.personnummer) as [string, string]; // the younger sibling, fully released
    sibling = family.children[0]?.personnummer as string;
  });
  afterAll(() => system?.close());

  it('a grant for this child, caller and request releases', async () => {
    const grant = await grantFor(child, 'req-valid');
    expect(grant.split('~')).toHaveLength(4);
    expect(await school(child, grant, 'req-valid')).toMatchObject({ __typename: 'SchoolEnrolment' });
    expect(system.simulators.school.control.total()).toBeGreaterThan(0);
  });

  it('refuses a missing grant', async () => {
    await deniedAndAudited(await school(child, undefined, 'req-missing'), 'req-missing');
    await deniedAndAudited(await school(child, null, 'req-null'), 'req-null');
  });

  it('refuses a grant replayed in a later request', async () => {
    const grant = await grantFor(child, 'req-first');
    await deniedAndAudited(await school(child, grant, 'req-later'), 'req-later');
  });

  it('refuses another user’s grant', async () => {
    const grant = await grantFor(child, 'req-other-user', 'teamledare1');
    await deniedAndAudited(await school(child, grant, 'req-other-user', 'koordinator1'), 'req-other-user');
  });

  it('refuses another child’s grant', async () => {
    const grant = await grantFor(child, 'req-other-child');
    await deniedAndAudited(await school(sibling, grant, 'req-other-child'), 'req-other-child');
  });

  it('refuses a forged grant: a body turned into permits, or a statement signed with another key', async () => {
    const grant = await grantFor(sibling, 'req-forged'); // the teen has not consented: all denied
    const [jws, body, index, path] = grant.split('~') as [string, string, string, string];
    // On the wire a body groups its decisions: permits by consent, denials by reason.
    const decided = JSON.parse(Buffer.from(body, 'base64url').toString()) as { c: string; p: Record<string, string[]>; d: [string, string, string[]][] };
    expect(decided.c).toBe(sibling);
    expect(decided.d.flatMap(([, , categories]) => categories)).toContain('ENROLMENT');
    const turned = { ...decided, p: { forged: ['ENROLMENT'] }, d: decided.d.map(([r, m, cs]) => [r, m, cs.filter((c) => c !== 'ENROLMENT')]) };
    const forged = [jws, Buffer.from(JSON.stringify(turned)).toString('base64url'), index, path].join('~');
    await deniedAndAudited(await school(sibling, forged, 'req-forged'), 'req-forged');
    const permitted: GrantBody = { pnr: sibling, guardian: false, decisions: { ENROLMENT: { permit: true, consentId: 'forged' } } };
    const [signedElsewhere] = await issueGrants(await grantSigningKey(await generateRegistryKeys()), { subject: 'koordinator1', requestId: 'req-key' }, [permitted]);
    await deniedAndAudited(await school(sibling, signedElsewhere, 'req-key'), 'req-key');
  });

  it('refuses an expired grant', async () => {
    const body: GrantBody = { pnr: child, guardian: false, decisions: { ENROLMENT: { permit: true, consentId: 'x' } } };
    const [expired] = await issueGrants(await grantSigningKey(system.registryKeys), { subject: 'koordinator1', requestId: 'req-expired' }, [body], -10);
    await deniedAndAudited(await school(child, expired, 'req-expired'), 'req-expired');
  });
});
