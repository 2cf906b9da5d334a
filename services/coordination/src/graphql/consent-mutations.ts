import { randomUUID } from 'node:crypto';
import { addMonths } from '@lotsen/agency-systems';
import type { Queryable } from '@lotsen/kit';
import { type Agency, ageOn, birthDateOf, categoriesByAgency, type DataCategory, todayInSweden } from '@lotsen/kit';
import type { ConsentPolicy } from '../consent/model.js';
import { appendEvent, consentsForChildren, insertConsent, lockConsent, markRevoked, removeFromScope, type StoredConsent, setPartyDecision } from '../store/index.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput, forbidden } from './errors.js';

type ScopeIn = { agency: Agency; categories: DataCategory[] };
type DecisionIn = { personnummer: string; decision: 'GIVEN' | 'REFUSED'; method: string };

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Flattens and checks a scope: every category belongs to its agency, none twice, at least one. */
function flattenScope(scope: ScopeIn[]): { agency: Agency; category: DataCategory }[] {
  const flat = scope.flatMap((s) =>
    s.categories.map((category) => {
      if (!(categoriesByAgency[s.agency] as readonly string[]).includes(category))
        throw badInput(`${category} is not a data category of ${s.agency}; its categories are ${categoriesByAgency[s.agency].join(', ')}`);
      return { agency: s.agency, category };
    }),
  );
  if (flat.length === 0) throw badInput('A consent covers at least one data category');
  if (new Set(flat.map((s) => s.category)).size !== flat.length) throw badInput('A data category appears twice in the scope');
  return flat;
}

/** The child's standing for a consent change: in a family the caller may see. */
async function childInVisibleFamily(ctx: Ctx, personnummer: string) {
  const child = await ctx.loaders.child.load(personnummer);
  const family = child ? await ctx.loaders.family.load(child.familyId) : null;
  if (!child || !family) throw forbidden('No such child among your families');
  return { child, family };
}

/** Coordinators and team leads record consents for their families; a guardian acts only for themself. */
function requireWriter(ctx: Ctx, actingFor?: string) {
  const { role, personnummer } = ctx.identity;
  if (role === 'COORDINATOR' || role === 'TEAM_LEAD') return;
  if (role === 'GUARDIAN' && actingFor && personnummer === actingFor) return;
  throw forbidden(role === 'GUARDIAN' ? 'A guardian records only their own decision' : 'Your role does not record consents');
}

/** A consent as stored, read with `db` (the transaction, when inside one). */
async function storedConsent(db: Queryable, childPersonnummer: string, consentId: string): Promise<StoredConsent> {
  const consent = (await consentsForChildren(db, [childPersonnummer])).find((c) => c.id === consentId);
  if (!consent) throw badInput('No such consent');
  return consent;
}

/** A consent of a child in one of the caller's families. */
async function visibleConsent(ctx: Ctx, consentId: string): Promise<StoredConsent> {
  if (!isUuid(consentId)) throw badInput('No such consent');
  const [row] = await ctx.db.query<{ child_personnummer: string }>('SELECT child_personnummer FROM consents WHERE id = $1', [consentId]);
  if (!row) throw badInput('No such consent');
  await childInVisibleFamily(ctx, row.child_personnummer);
  return storedConsent(ctx.db, row.child_personnummer, consentId);
}

function partyOf(consent: StoredConsent, personnummer: string) {
  const party = consent.parties.find((p) => p.personnummer === personnummer);
  if (!party) throw badInput('That person is not a party to this consent: not a guardian with custody, nor the child');
  return party;
}

/**
 * Runs a lifecycle change on one consent: visibility is checked first, then the change reads
 * and writes under a row lock in one transaction, so two changes never interleave.
 */
async function change(ctx: Ctx, consentId: string, work: (tx: Queryable, consent: StoredConsent, at: string) => Promise<void>): Promise<StoredConsent> {
  const { id, childPersonnummer } = await visibleConsent(ctx, consentId);
  const at = ctx.now.toISOString();
  await ctx.db.transaction(async (tx) => {
    await lockConsent(tx, id);
    await work(tx, await storedConsent(tx, childPersonnummer, id), at);
  });
  ctx.consentNarrowed();
  return storedConsent(ctx.db, childPersonnummer, id);
}

export function consentMutations(policy: ConsentPolicy) {
  return {
    recordConsent: async (
      _: unknown,
      {
        input,
      }: {
        input: {
          child: string;
          purpose: 'COORDINATION' | 'SIP';
          scope: ScopeIn[];
          recipientTeamIds?: string[] | null;
          validFrom: string;
          validUntil: string;
          evidence: { method: string; documentRef: string };
          childView?: string | null;
          decisions?: DecisionIn[] | null;
        };
      },
      ctx: Ctx,
    ) => {
      requireWriter(ctx);
      const { child, family } = await childInVisibleFamily(ctx, input.child);
      const today = todayInSweden(ctx.now);
      const scope = flattenScope(input.scope);
      if (input.validUntil < input.validFrom) throw badInput('validUntil is before validFrom');
      if (input.validUntil < today) throw badInput('The validity has already ended');
      if (input.validUntil >= addMonths(input.validFrom, policy.maxValidityMonths)) throw badInput(`A consent is valid at most ${policy.maxValidityMonths} months`);
      const documentRef = input.evidence.documentRef.trim();
      if (!documentRef) throw badInput('Evidence needs a document reference');
      const age = ageOn(birthDateOf(child.personnummer), today);
      const childView = input.childView?.trim() || null;
      if (age >= policy.childViewAge && !childView) throw badInput(`The child's view (barnets inställning) is recorded from ${policy.childViewAge}`);
      const recipients = [...new Set(input.recipientTeamIds ?? [family.teamId])];
      const teams = await Promise.all(recipients.map((id) => ctx.loaders.team.load(id)));
      if (recipients.length === 0 || teams.some((t) => !t)) throw badInput('Every recipient must be a known team');
      const guardians = (await ctx.loaders.members.load(family.id)).filter((m) => m.role === 'GUARDIAN' && m.hasCustody);
      const parties = [
        ...guardians.map((g) => ({ personnummer: g.personnummer, role: 'GUARDIAN' as const })),
        ...(age >= policy.childConsentAge ? [{ personnummer: child.personnummer, role: 'CHILD' as const }] : []),
      ];
      const id = randomUUID();
      const at = ctx.now.toISOString();
      const decisions = input.decisions ?? [];
      for (const d of decisions) if (!parties.some((p) => p.personnummer === d.personnummer)) throw badInput('That person is not a party to this consent: not a guardian with custody, nor the child');
      await ctx.db.transaction(async (tx) => {
        await insertConsent(
          tx,
          {
            id,
            childPersonnummer: child.personnummer,
            purpose: input.purpose,
            recipientTeamIds: recipients,
            validFrom: input.validFrom,
            validUntil: input.validUntil,
            evidence: { method: input.evidence.method, documentRef },
            childView,
            recordedAt: at,
            recordedBy: ctx.identity.username,
            scope,
            parties,
          },
          ctx,
        );
        for (const d of decisions) {
          await setPartyDecision(tx, id, d.personnummer, d.decision, d.method, at);
          await appendEvent(tx, { id, childPersonnummer: child.personnummer }, at, 'PARTY_DECIDED', ctx, { personnummer: d.personnummer, decision: d.decision, method: d.method });
        }
      });
      return storedConsent(ctx.db, child.personnummer, id);
    },

    recordConsentDecision: (_: unknown, { input }: { input: { consentId: string } & DecisionIn }, ctx: Ctx) => {
      requireWriter(ctx, input.personnummer);
      return change(ctx, input.consentId, async (tx, consent, at) => {
        if (consent.revocation) throw badInput('The consent is revoked; record a new one');
        partyOf(consent, input.personnummer);
        await setPartyDecision(tx, consent.id, input.personnummer, input.decision, input.method, at);
        await appendEvent(tx, consent, at, 'PARTY_DECIDED', ctx, { personnummer: input.personnummer, decision: input.decision, method: input.method });
      });
    },

    narrowConsent: (_: unknown, { input }: { input: { consentId: string; scope: ScopeIn[]; reason: string } }, ctx: Ctx) => {
      requireWriter(ctx);
      return change(ctx, input.consentId, async (tx, consent, at) => {
        if (consent.revocation) throw badInput('The consent is revoked');
        const remaining = flattenScope(input.scope);
        const current = new Set(consent.scope.map((s) => s.category));
        if (remaining.some((s) => !current.has(s.category))) throw badInput('A wider scope needs a new consent');
        const removed = consent.scope.filter((s) => !remaining.some((r) => r.category === s.category)).map((s) => s.category);
        if (removed.length === 0) throw badInput('The scope is unchanged');
        await removeFromScope(tx, consent.id, removed);
        await appendEvent(tx, consent, at, 'NARROWED', ctx, { removed, reason: input.reason.trim() });
      });
    },

    revokeConsent: (_: unknown, { input }: { input: { consentId: string; revokedBy: string; reason: string } }, ctx: Ctx) => {
      requireWriter(ctx, input.revokedBy);
      const reason = input.reason.trim();
      if (!reason) throw badInput('A revocation needs a reason');
      return change(ctx, input.consentId, async (tx, consent, at) => {
        if (consent.revocation) throw badInput('The consent is already revoked');
        if (partyOf(consent, input.revokedBy).decision !== 'GIVEN') throw badInput('Only a party who gave the consent revokes it');
        await markRevoked(tx, consent.id, at, input.revokedBy, reason);
        await appendEvent(tx, consent, at, 'REVOKED', ctx, { by: input.revokedBy, reason });
      });
    },
  };
}
