import { randomUUID } from 'node:crypto';
import type { Queryable } from '@lotsen/kit';
import { type Agency, addDays, addMonths, agencyManifest, ageOn, birthDateOf, categoriesByAgency, controlCharacter, type DataCategory, type DataSubject, todayInSweden } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import type { ConsentPolicy } from '../consent/model.js';
import { custodiansOf } from '../register/population-register.js';
import { addParty, appendEvent, consentsForChildren, insertConsent, lockConsent, markRevoked, removeFromScope, type StoredConsent, setChildView, setPartyDecision } from '../store/index.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput, forbidden } from './errors.js';
import { cleanText, fields, optionalText } from './text.js';
import { maySeeChild } from './visible-children.js';
import { agencyInSentence, categoryInSentence, listInWords } from './words.js';

type ScopeIn = { agency: Agency; categories: DataCategory[] };
type DecisionIn = { personnummer: string; decision: 'GIVEN' | 'REFUSED'; method?: string | null };

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * Flattens and checks a scope: every category belongs to its agency, none twice, at least one,
 * and every agency's data is about whom the consent is (a child's, or a guardian's own).
 */
function flattenScope(scope: ScopeIn[], subject: DataSubject): { agency: Agency; category: DataCategory }[] {
  const flat = scope.flatMap((s) =>
    s.categories.map((category) => {
      if (agencyManifest[s.agency].section.of !== subject)
        throw badInput(
          subject === 'GUARDIAN'
            ? `Omfattning: ${agencyInSentence(s.agency)}s uppgifter gäller barnet; de ingår i ett samtycke för barnet, inte i vårdnadshavarens eget / ${s.agency} holds a child's data, not a guardian's own`
            : `Omfattning: ${agencyInSentence(s.agency)}s uppgifter gäller en vårdnadshavare; ange vårdnadshavaren (guardian), vars eget samtycke det är / ${s.agency} holds a guardian's own data: name the guardian`,
        );
      if (!(categoriesByAgency[s.agency] as readonly string[]).includes(category))
        throw badInput(
          `Omfattning: ${categoryInSentence(category)} hör inte till ${agencyInSentence(s.agency)}, vars uppgifter är ${listInWords(categoriesByAgency[s.agency].map(categoryInSentence))} / ${category} is not a data category of ${s.agency}; its categories are ${categoriesByAgency[s.agency].join(', ')}`,
        );
      return { agency: s.agency, category };
    }),
  );
  if (flat.length === 0) throw badInput('Omfattning: välj minst ett slags uppgifter som samtycket gäller / a consent covers at least one data category');
  if (new Set(flat.map((s) => s.category)).size !== flat.length) throw badInput('Omfattning: ett slags uppgifter står två gånger / a data category appears twice in the scope');
  return flat;
}

/** The child's standing for a consent change: in a family the caller may see. */
async function childInVisibleFamily(ctx: Ctx, personnummer: string) {
  const child = await ctx.loaders.child.load(personnummer);
  const family = child && (await maySeeChild(ctx, child)) ? await ctx.loaders.family.load(child.familyId) : null;
  if (!child || !family) throw forbidden('Barnet finns inte bland dina familjer / no such child among your families');
  return { child, family };
}

/** Coordinators and team leads record consents for their families; a guardian acts only for themself. */
function requireWriter(ctx: Ctx, actingFor?: string) {
  const { role, personnummer } = ctx.identity;
  if (role === 'COORDINATOR' || role === 'TEAM_LEAD') return;
  if (role === 'GUARDIAN' && actingFor && personnummer === actingFor) return;
  throw forbidden(
    role === 'GUARDIAN'
      ? 'Som vårdnadshavare lämnar, begränsar och återkallar du bara ditt eget samtycke / a guardian acts only for themself'
      : 'Din roll registrerar inga samtycken / your role does not record consents',
  );
}

/**
 * How a party's decision was given. A guardian who gives their own on their page is signed in with
 * their e-identification: that is DIGITAL, and nothing else is true of it (they signed no
 * document). DIGITAL is theirs alone: a coordinator records how a decision reached them.
 */
function decisionMethod(ctx: Ctx, method: string | null | undefined): string {
  if (ctx.identity.role === 'GUARDIAN') {
    if (method && method !== 'DIGITAL') throw badInput('Metod: ett beslut du lämnar själv här registreras som digitalt (DIGITAL) / a guardian’s own decision is recorded as DIGITAL');
    return 'DIGITAL';
  }
  if (!method) throw badInput('Metod: ange hur beslutet lämnades (skriftligt, digital underskrift eller muntligt) / method is required');
  if (method === 'DIGITAL') throw badInput('Metod: DIGITAL är för en vårdnadshavare som själv lämnar sitt beslut i Lotsen; ange hur beslutet kom till dig / DIGITAL is for a guardian’s own decision');
  return method;
}

/** A consent as stored, read with `db` (the transaction, when inside one). */
async function storedConsent(db: Queryable, childPersonnummer: string, consentId: string): Promise<StoredConsent> {
  const consent = (await consentsForChildren(db, [childPersonnummer])).find((c) => c.id === consentId);
  if (!consent) throw noSuchConsent();
  return consent;
}

/** A consent of a child in one of the caller's families. */
async function visibleConsent(ctx: Ctx, consentId: string): Promise<StoredConsent> {
  if (!isUuid(consentId)) throw noSuchConsent();
  const [row] = await ctx.db.query<{ child_personnummer: string }>('SELECT child_personnummer FROM consents WHERE id = $1', [consentId]);
  if (!row) throw noSuchConsent();
  // Another family's consent is answered as one that does not exist.
  await childInVisibleFamily(ctx, row.child_personnummer).catch(() => {
    throw noSuchConsent();
  });
  return storedConsent(ctx.db, row.child_personnummer, consentId);
}

const noSuchConsent = () => badInput('Det samtycket finns inte bland dina familjer / no such consent');

const notAParty = () =>
  badInput(
    'Personen är inte part i samtycket: varken vårdnadshavare enligt folkbokföringen eller barnet / not a party to this consent: not a guardian with custody per the population register, nor the child',
  );

/** The child's guardians with custody today, read from the register; no answer, no change. */
async function custodiansToday(ctx: Ctx, child: string): Promise<string[]> {
  try {
    const { register } = await ctx.reading([child]);
    if (!register) throw new Error('the population register did not answer');
    return custodiansOf(register.get(child), todayInSweden(ctx.now));
  } catch {
    throw new GraphQLError('Folkbokföringen kunde inte nås, så vårdnaden kunde inte kontrolleras och inget ändrades. / the population register did not answer; nothing was changed', {
      extensions: { code: 'UNAVAILABLE' },
    });
  }
}

/**
 * Who may decide on a consent today: a guardian with custody now (a party already, or added as
 * one: custody may have changed since the consent was recorded), or the child from the policy's
 * age. Anyone else, a former custodian included, is refused.
 */
async function partyOf(tx: Queryable, consent: StoredConsent, personnummer: string, custodians: readonly string[], policy: ConsentPolicy, today: string) {
  const role = custodians.includes(personnummer)
    ? 'GUARDIAN'
    : !consent.subjectPersonnummer && personnummer === consent.childPersonnummer && ageOn(birthDateOf(personnummer), today) >= policy.childConsentAge
      ? 'CHILD'
      : null;
  if (!role) throw notAParty();
  const party = consent.parties.find((p) => p.personnummer === personnummer && p.role === role);
  if (party) return party;
  await addParty(tx, consent.id, personnummer, role);
  return { personnummer, role, decision: null, position: consent.parties.length };
}

/**
 * Runs a lifecycle change on one consent: visibility is checked first, then the change reads
 * and writes under a row lock in one transaction, so two changes never interleave.
 */
async function change(ctx: Ctx, consentId: string, work: (tx: Queryable, consent: StoredConsent, at: string, custodians: readonly string[]) => Promise<void>): Promise<StoredConsent> {
  const { id, childPersonnummer, subjectPersonnummer } = await visibleConsent(ctx, consentId);
  // A guardian's own consent has them as its only party: no custody decides who else may act on it.
  const custodians = subjectPersonnummer ? [subjectPersonnummer] : await custodiansToday(ctx, childPersonnummer);
  const at = ctx.now.toISOString();
  await ctx.db.transaction(async (tx) => {
    await lockConsent(tx, id);
    await work(tx, await storedConsent(tx, childPersonnummer, id), at, custodians);
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
          guardian?: string | null;
          purpose: 'COORDINATION' | 'SIP' | 'FOLLOW_UP';
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
      const subject = input.guardian ?? null;
      const scope = flattenScope(input.scope, subject ? 'GUARDIAN' : 'CHILD');
      if (subject && input.purpose !== 'COORDINATION') throw badInput('Syfte: en vårdnadshavares eget samtycke gäller samordning / a guardian’s own consent is for the purpose COORDINATION');
      if (input.validUntil < input.validFrom) throw badInput(`Giltig till (${input.validUntil}) ligger före giltig från (${input.validFrom}) / validUntil is before validFrom`);
      if (input.validUntil < today) throw badInput(`Giltig till: ${input.validUntil} har redan passerat / the validity has already ended`);
      if (input.validUntil >= addMonths(input.validFrom, policy.maxValidityMonths))
        throw badInput(
          `Giltig till: ett samtycke gäller högst ${policy.maxValidityMonths} månader, från ${input.validFrom} alltså till och med ${addDays(addMonths(input.validFrom, policy.maxValidityMonths), -1)} (du angav ${input.validUntil}) / a consent is valid at most ${policy.maxValidityMonths} months`,
        );
      if (input.evidence.method === 'DIGITAL')
        throw badInput('Underlag: ett samtycke som registreras här har ett underlag (skriftligt, digital underskrift eller muntligt) / evidence method cannot be DIGITAL');
      const documentRef = cleanText(input.evidence.documentRef, fields.documentRef);
      const age = ageOn(birthDateOf(child.personnummer), today);
      const childView = optionalText(input.childView, fields.childView);
      // The child's view is about sharing the child's data, not a parent's own.
      if (!subject && age >= policy.childViewAge && !childView)
        throw badInput(`Barnets inställning: ska antecknas när barnet har fyllt ${policy.childViewAge} år (barnet är ${age}) / the child's view is recorded from ${policy.childViewAge}`);
      const recipients = [...new Set(input.recipientTeamIds ?? [family.teamId])];
      const teams = await Promise.all(recipients.map((id) => (controlCharacter.test(id) ? null : ctx.loaders.team.load(id))));
      if (recipients.length === 0 || teams.some((t) => !t)) throw badInput('Mottagare: varje mottagare ska vara ett känt team / every recipient must be a known team');
      const custodians = await custodiansToday(ctx, child.personnummer);
      if (custodians.length === 0) throw badInput('Barnet har ingen vårdnadshavare i folkbokföringen, så ingen kan lämna samtycke / no guardian with custody in the register');
      if (subject && !custodians.includes(subject))
        throw badInput('Vårdnadshavare: personen har inte vårdnaden om barnet enligt folkbokföringen / the guardian has no custody of the child per the population register');
      const parties = subject
        ? [{ personnummer: subject, role: 'GUARDIAN' as const }]
        : [
            ...custodians.map((personnummer) => ({ personnummer, role: 'GUARDIAN' as const })),
            ...(age >= policy.childConsentAge ? [{ personnummer: child.personnummer, role: 'CHILD' as const }] : []),
          ];
      const id = randomUUID();
      const at = ctx.now.toISOString();
      const decisions = (input.decisions ?? []).map((d) => ({ ...d, method: decisionMethod(ctx, d.method) }));
      for (const d of decisions) if (!parties.some((p) => p.personnummer === d.personnummer)) throw notAParty();
      await ctx.db.transaction(async (tx) => {
        await insertConsent(
          tx,
          {
            id,
            childPersonnummer: child.personnummer,
            subjectPersonnummer: subject,
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
      const method = decisionMethod(ctx, input.method);
      return change(ctx, input.consentId, async (tx, consent, at, custodians) => {
        if (consent.revocation) throw badInput('Samtycket är återkallat; registrera ett nytt / the consent is revoked; record a new one');
        await partyOf(tx, consent, input.personnummer, custodians, policy, todayInSweden(ctx.now));
        await setPartyDecision(tx, consent.id, input.personnummer, input.decision, method, at);
        await appendEvent(tx, consent, at, 'PARTY_DECIDED', ctx, { personnummer: input.personnummer, decision: input.decision, method });
      });
    },

    /**
     * Narrows a consent (begränsar): a guardian with custody of the child may narrow it themself,
     * as the receipt says ("helt eller för en del"); a coordinator records a party's narrowing.
     */
    narrowConsent: (_: unknown, { input }: { input: { consentId: string; scope: ScopeIn[]; reason?: string | null } }, ctx: Ctx) => {
      const guardian = ctx.identity.role === 'GUARDIAN' ? ctx.identity.personnummer : null;
      requireWriter(ctx, guardian ?? undefined);
      const reason = optionalText(input.reason, fields.narrowingReason);
      return change(ctx, input.consentId, async (tx, consent, at, custodians) => {
        if (consent.revocation) throw badInput('Samtycket är redan återkallat / the consent is revoked');
        if (guardian && !custodians.includes(guardian)) throw notAParty();
        const remaining = flattenScope(input.scope, consent.subjectPersonnummer ? 'GUARDIAN' : 'CHILD');
        const current = new Set(consent.scope.map((s) => s.category));
        if (remaining.some((s) => !current.has(s.category)))
          throw badInput('Omfattning: ett samtycke kan bara begränsas; ett bredare samtycke är ett nytt samtycke / a wider scope needs a new consent');
        const removed = consent.scope.filter((s) => !remaining.some((r) => r.category === s.category)).map((s) => s.category);
        if (removed.length === 0) throw badInput('Omfattning: ingenting togs bort ur samtycket / the scope is unchanged');
        await removeFromScope(tx, consent.id, removed);
        await appendEvent(tx, consent, at, 'NARROWED', ctx, { removed, reason, ...(guardian ? { by: guardian } : {}) });
      });
    },

    recordChildView: (_: unknown, { input }: { input: { consentId: string; view: string } }, ctx: Ctx) => {
      requireWriter(ctx);
      const view = cleanText(input.view, fields.view);
      return change(ctx, input.consentId, async (tx, consent, at) => {
        if (consent.revocation) throw badInput('Samtycket är återkallat / the consent is revoked');
        if (consent.childView) throw badInput("Barnets inställning är redan registrerad; en ändrad inställning är ett nytt samtycke / the child's view is already recorded");
        await setChildView(tx, consent.id, view);
        // The view itself stays on the consent; the history tells that and when it was recorded.
        await appendEvent(tx, consent, at, 'CHILD_VIEW_RECORDED', ctx, {});
      });
    },

    /** Revokes a consent on behalf of a party who gave it; a reason is theirs to give or not (the receipt says "utan att ange skäl"). */
    revokeConsent: (_: unknown, { input }: { input: { consentId: string; revokedBy: string; reason?: string | null } }, ctx: Ctx) => {
      requireWriter(ctx, input.revokedBy);
      const reason = optionalText(input.reason, fields.revocationReason);
      return change(ctx, input.consentId, async (tx, consent, at, custodians) => {
        if (consent.revocation) throw badInput('Samtycket är redan återkallat / the consent is already revoked');
        if ((await partyOf(tx, consent, input.revokedBy, custodians, policy, todayInSweden(ctx.now))).decision !== 'GIVEN')
          throw badInput('Bara den som har lämnat samtycket kan återkalla det / only a party who gave the consent revokes it');
        await markRevoked(tx, consent.id, at, input.revokedBy, reason);
        await appendEvent(tx, consent, at, 'REVOKED', ctx, { by: input.revokedBy, reason });
      });
    },
  };
}
