import { randomUUID } from 'node:crypto';
import { todayInSweden } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import type { TextField } from '../graphql/text.js';
import { requireWritableFamily } from '../graphql/writable-family.js';
import { requireGuardianOf, requireRepresentativePermission } from '../representatives/access.js';
import type { FamilyRow } from '../store/families.js';
import { checkedTexts, type IdentifyingRefusal, identifyingWords } from '../text/checked-texts.js';
import { managedMunicipality } from './management.js';
import { insertObstacle, markHandled, type ObstacleKind, obstacleById } from './store.js';

export const obstacleFields = {
  description: { sv: 'Vad hände', en: 'description', max: 2000 },
  measure: { sv: 'Åtgärd', en: 'measure', max: 2000 },
} as const satisfies Record<string, TextField>;

/**
 * The refusal of a text that identifies someone: the management group reads obstacles without
 * knowing the family, so the text says what kind of datum was found, never the datum.
 */
const identifyingRefused: IdentifyingRefusal = (field, kind) =>
  new GraphQLError(
    `${field.sv}: texten innehåller ${identifyingWords[kind].sv}. Ledningsgruppen läser hindret utan att veta vilken familj det gäller, så inget som pekar ut någon får stå i texten. Ta bort det och spara igen. Inget sparades. / ${field.en}: the text contains ${identifyingWords[kind].en}; an obstacle is read without the family's identity, nothing was saved`,
    { extensions: { code: 'BAD_USER_INPUT', identifying: kind } },
  );

/** Free text the management group reads, checked against what identifies the family's people (docs/obstacles.md). */
async function textWithoutIdentity(ctx: Ctx, teamId: string, text: string, field: TextField): Promise<string> {
  const { value } = await checkedTexts(ctx, teamId, { value: { value: text, field } }, identifyingRefused);
  return value as string;
}

/** The family the caller records an obstacle for: a guardian's own, a representative's with RECORD_OBSTACLES, a coordinator's or team's. */
async function familyToRecordFor(ctx: Ctx, familyId: string): Promise<FamilyRow> {
  switch (ctx.identity.role) {
    case 'GUARDIAN': {
      const family = await requireGuardianOf(ctx, familyId);
      if (family.closedOn) throw badInput(`Samordningen avslutades ${family.closedOn}; hinder registreras inte längre / the family's coordination is closed`);
      return family;
    }
    case 'FAMILY_REPRESENTATIVE':
      return requireRepresentativePermission(ctx, familyId, 'RECORD_OBSTACLES');
    default:
      return requireWritableFamily(ctx, familyId);
  }
}

const twoYearsBefore = (day: string) => `${Number(day.slice(0, 4)) - 2}${day.slice(4)}`;

export interface RecordObstacleInput {
  familyId: string;
  agency?: string | null;
  kind: ObstacleKind;
  description: string;
  occurredOn: string;
}

export async function recordObstacle(ctx: Ctx, input: RecordObstacleInput) {
  const family = await familyToRecordFor(ctx, input.familyId);
  const today = todayInSweden(ctx.now);
  if (input.occurredOn > today) throw badInput(`Ett hinder kan inte ha hänt framåt i tiden (du angav ${input.occurredOn}) / not in the future`);
  if (input.occurredOn < twoYearsBefore(today)) throw badInput(`Ett hinder registreras inom två år från när det hände (du angav ${input.occurredOn}) / at most two years back`);
  const description = await textWithoutIdentity(ctx, family.teamId, input.description, obstacleFields.description);
  const obstacle = {
    id: randomUUID(),
    familyId: family.id,
    agency: input.agency ?? null,
    kind: input.kind,
    description,
    occurredOn: input.occurredOn,
    recordedAt: ctx.now.toISOString(),
    recordedBy: ctx.identity.username,
    recordedByRole: ctx.identity.role,
  };
  await insertObstacle(ctx.db, obstacle);
  return obstacleById(ctx.db, obstacle.id);
}

/** The management group marks one of its municipality's obstacles handled; one it may not see is answered as one that does not exist. */
export async function handleObstacle(ctx: Ctx, input: { obstacleId: string; measure: string }) {
  const municipality = await managedMunicipality(ctx);
  const found = /^[0-9a-f-]{36}$/i.test(input.obstacleId) ? await obstacleById(ctx.db, input.obstacleId) : null;
  if (found?.municipality !== municipality) throw badInput('Hindret finns inte bland kommunens / no such obstacle in your municipality');
  const measure = await textWithoutIdentity(ctx, found.teamId, input.measure, obstacleFields.measure);
  if (!(await markHandled(ctx.db, found.id, ctx.now.toISOString(), ctx.identity.username, measure)))
    throw badInput(`Hindret är redan hanterat (${found.handledAt?.slice(0, 10) ?? ''}) / the obstacle is already handled`);
  return obstacleById(ctx.db, found.id);
}
