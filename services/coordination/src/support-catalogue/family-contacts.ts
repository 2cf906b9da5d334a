import { randomUUID } from 'node:crypto';
import type { Agency } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { cleanText, optionalText } from '../graphql/text.js';
import { requireWritableFamily } from '../graphql/writable-family.js';
import { servicesByIds } from './catalogue-store.js';
import { cleanEmail, cleanPhone } from './contact-routes.js';
import { catalogueFields } from './entry-input.js';
import { type ContactPerson, contactById, contactsOfFamilies, type FamilyContactRow, insertContact, removeContact } from './family-contacts-store.js';

export interface FamilyContactInput {
  familyId: string;
  serviceId?: string | null;
  person?: { name: string; role: string; organisation?: string | null; agency?: Agency | null; phone?: string | null; email?: string | null } | null;
  about?: string | null;
}

/** A family's list stays one a family can read through. */
const maxContacts = 30;

const isId = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

function cleanPerson(person: NonNullable<FamilyContactInput['person']>): ContactPerson {
  const cleaned: ContactPerson = {
    name: cleanText(person.name, catalogueFields.personName),
    role: cleanText(person.role, catalogueFields.personRole),
    organisation: optionalText(person.organisation, catalogueFields.personOrganisation),
    agency: person.agency ?? null,
    phone: cleanPhone(person.phone),
    email: cleanEmail(person.email),
  };
  if (!cleaned.phone && !cleaned.email) throw badInput('Kontaktperson: ange telefon eller e-post, så att familjen kan nå personen / a contact person needs a phone or an e-mail');
  return cleaned;
}

/** A contact on the family's list, by its coordinator or team lead: a service of the catalogue in it now, or a named member of staff. */
export async function addFamilyContact(ctx: Ctx, input: FamilyContactInput): Promise<FamilyContactRow> {
  const family = await requireWritableFamily(ctx, input.familyId);
  const serviceId = input.serviceId?.trim() || null;
  if ((serviceId === null) === (input.person == null)) throw badInput('Välj en verksamhet ur stödkatalogen eller skriv en kontaktperson, inte båda / give either serviceId or person');
  const about = optionalText(input.about, catalogueFields.about);
  const person = input.person ? cleanPerson(input.person) : null;
  const present = await contactsOfFamilies(ctx.db, [family.id]);
  if (present.length >= maxContacts) throw badInput(`Familjens lista har redan ${maxContacts} kontakter; ta bort någon först / at most ${maxContacts} contacts`);
  if (serviceId) {
    const [service] = isId(serviceId) ? await servicesByIds(ctx.db, [serviceId]) : [];
    if (!service || service.retiredAt) throw badInput('Verksamheten finns inte i stödkatalogen (den kan ha tagits bort); sök fram den igen / no such service in the catalogue');
    if (present.some((c) => c.serviceId === serviceId)) throw badInput(`${service.name} finns redan på familjens lista / already on the family's list`);
  }
  return insertContact(ctx.db, { id: randomUUID(), familyId: family.id, serviceId, person, about, at: ctx.now.toISOString(), by: ctx.identity.username });
}

/** A contact off its family's list, by the family's coordinator or team lead. */
export async function removeFamilyContact(ctx: Ctx, id: string): Promise<string> {
  const contact = isId(id) ? await contactById(ctx.db, id) : null;
  const notFound = new GraphQLError('Kontakten finns inte på familjens lista (den kan redan vara borttagen) / no such contact', { extensions: { code: 'NOT_FOUND' } });
  if (!contact) throw notFound;
  await requireWritableFamily(ctx, contact.familyId);
  if (!(await removeContact(ctx.db, id, ctx.now.toISOString(), ctx.identity.username))) throw notFound;
  return id;
}
