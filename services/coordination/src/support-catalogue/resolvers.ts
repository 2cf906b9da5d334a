import { randomUUID } from 'node:crypto';
import { todayInSweden } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import type { FeatureResolvers } from '../features.js';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { type Represented, readsPage } from '../representatives/access.js';
import { isKeeper, requireKeeper, requireSearcher } from './access.js';
import { activeServices, catalogueMunicipalities, insertService, retireService, type SupportServiceRow, updateService, type Writer } from './catalogue-store.js';
import type { SupportServiceInput } from './entry-input.js';
import { addFamilyContact, type FamilyContactInput, removeFamilyContact } from './family-contacts.js';
import type { FamilyContactRow } from './family-contacts-store.js';
import { checkedEntry } from './known-municipalities.js';
import { catalogueLoaders } from './loaders.js';
import { isOpenAt } from './opening-hours.js';
import { answersSearch, inCatalogueOrder, parseCatalogueSearch, type SupportSearch } from './search.js';

const isId = (id: string) => /^[0-9a-f-]{36}$/i.test(id);
const writer = (ctx: Ctx): Writer => ({ by: ctx.identity.username, at: ctx.now.toISOString(), today: todayInSweden(ctx.now) });
const noSuchService = () => new GraphQLError('Verksamheten finns inte i stödkatalogen (den kan redan vara borttagen) / no such service in the catalogue', { extensions: { code: 'NOT_FOUND' } });

/** The local support catalogue and a family's own contacts (docs/support-catalogue.md). */
export const supportCatalogueResolvers: FeatureResolvers = {
  Query: {
    supportCatalogue: async (_: unknown, args: { search?: SupportSearch | null }, ctx: Ctx) => {
      requireSearcher(ctx);
      const query = parseCatalogueSearch(args.search);
      return inCatalogueOrder((await activeServices(ctx.db)).filter((s) => answersSearch(query, s, ctx.now)));
    },
    supportService: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireSearcher(ctx);
      return isId(args.id) ? catalogueLoaders(ctx).service.load(args.id) : null;
    },
    supportMunicipalities: async (_: unknown, __: unknown, ctx: Ctx) => {
      requireSearcher(ctx);
      return (await catalogueMunicipalities(ctx.db)).sort(new Intl.Collator('sv').compare);
    },
  },
  Mutation: {
    addSupportService: async (_: unknown, args: { input: SupportServiceInput }, ctx: Ctx) => {
      requireKeeper(ctx);
      const entry = await checkedEntry(ctx.db, args.input);
      return ctx.db.transaction((tx) => insertService(tx, randomUUID(), entry, writer(ctx)));
    },
    updateSupportService: async (_: unknown, args: { id: string; input: SupportServiceInput }, ctx: Ctx) => {
      requireKeeper(ctx);
      const entry = await checkedEntry(ctx.db, args.input);
      const updated = isId(args.id) ? await ctx.db.transaction((tx) => updateService(tx, args.id, entry, writer(ctx))) : null;
      if (!updated) throw noSuchService();
      return updated;
    },
    retireSupportService: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireKeeper(ctx);
      const retired = isId(args.id) ? await ctx.db.transaction((tx) => retireService(tx, args.id, writer(ctx))) : null;
      if (!retired) throw noSuchService();
      return retired;
    },
    addFamilyContact: (_: unknown, args: { input: FamilyContactInput }, ctx: Ctx) => addFamilyContact(ctx, args.input),
    removeFamilyContact: (_: unknown, args: { id: string }, ctx: Ctx) => removeFamilyContact(ctx, args.id),
  },
  SupportService: {
    contact: (s: SupportServiceRow) => ({ phone: s.phone, email: s.email, web: s.web, visitingAddress: s.visitingAddress }),
    openNow: (s: SupportServiceRow, _: unknown, ctx: Ctx) => isOpenAt(s.openingHours, ctx.now),
    retiredOn: (s: SupportServiceRow) => (s.retiredAt ? todayInSweden(new Date(s.retiredAt)) : null),
    changes: (s: SupportServiceRow, _: unknown, ctx: Ctx) => (isKeeper(ctx) ? catalogueLoaders(ctx).changes.load(s.id) : []),
  },
  FamilyContact: {
    service: (c: FamilyContactRow, _: unknown, ctx: Ctx) => (c.serviceId ? catalogueLoaders(ctx).service.load(c.serviceId) : null),
  },
  // The family was resolved for a caller who may see it: its list is theirs to read.
  Family: {
    contacts: (f: { id: string }, _: unknown, ctx: Ctx) => catalogueLoaders(ctx).contacts.load(f.id),
  },
  // Part of the family's page: read with READ_PAGE, audited as the page is (representedFamilies).
  RepresentedFamily: {
    contacts: (r: Represented, _: unknown, ctx: Ctx) => (readsPage(r) ? catalogueLoaders(ctx).contacts.load(r.family.id) : []),
  },
};
