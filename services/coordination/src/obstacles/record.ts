import { randomUUID } from 'node:crypto';
import { todayInSweden } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { cleanText, type TextField } from '../graphql/text.js';
import { requireWritableFamily } from '../graphql/writable-family.js';
import { requireGuardianOf, requireRepresentativePermission } from '../representatives/access.js';
import type { FamilyRow } from '../store/families.js';
import { managedMunicipality } from './management.js';
import { insertObstacle, markHandled, type ObstacleKind, obstacleById } from './store.js';

export const obstacleFields = {
  description: { sv: 'Vad hände', en: 'description', max: 2000 },
  measure: { sv: 'Åtgärd', en: 'measure', max: 2000 },
} as const satisfies Record<string, TextField>;

/** Ten or twelve digits as an identity number is written, with or without the dash or plus. */
const identityNumber = /(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)/;

/**
 * Free text the management group reads without the family's identity: checked, and refused with
 * the reason when it holds something written as a personal identity number.
 */
function textWithoutIdentity(text: string, field: TextField): string {
  const value = cleanText(text, field);
  if (identityNumber.test(value))
    throw badInput(`${field.sv}: skriv utan personnummer; ledningsgruppen läser texten utan att veta vilken familj det gäller / ${field.en}: no personal identity numbers`);
  return value;
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
  const obstacle = {
    id: randomUUID(),
    familyId: family.id,
    agency: input.agency ?? null,
    kind: input.kind,
    description: textWithoutIdentity(input.description, obstacleFields.description),
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
  const measure = textWithoutIdentity(input.measure, obstacleFields.measure);
  const found = /^[0-9a-f-]{36}$/i.test(input.obstacleId) ? await obstacleById(ctx.db, input.obstacleId) : null;
  if (found?.municipality !== municipality) throw badInput('Hindret finns inte bland kommunens / no such obstacle in your municipality');
  if (!(await markHandled(ctx.db, found.id, ctx.now.toISOString(), ctx.identity.username, measure)))
    throw badInput(`Hindret är redan hanterat (${found.handledAt?.slice(0, 10) ?? ''}) / the obstacle is already handled`);
  return obstacleById(ctx.db, found.id);
}
