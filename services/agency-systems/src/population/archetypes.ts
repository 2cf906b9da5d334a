import { allScopes, type Builders } from './builders.js';
import { giveDistinctNames } from './distinct-names.js';
import type { FamilyDraft as Family } from './draft.js';

type Assignment = { teamId: string; coordinator: string; municipality: string };

/**
 * The archetype families the README lists, always generated first and the same way.
 * Each exercises one consent situation a dashboard must explain.
 */
export function archetypeFamilies(b: Builders, k1: Assignment, k2: Assignment): Family[] {
  const family = (archetype: number, at: Assignment, custody: Family['custody'], guardianCount: number, childAges: number[]): Family => {
    const name = b.familyName();
    const guardians = Array.from({ length: guardianCount }, (_, i) => b.guardian(name, custody === 'JOINT' || i === 0));
    const children = childAges.map((age) => b.child(age, name));
    giveDistinctNames(b.seed, [...guardians, ...children]);
    return {
      id: b.random.uuid(),
      reference: `F-${String(archetype).padStart(5, '0')}`,
      archetype,
      ...at,
      guardians,
      children,
      custody,
      protectedIdentity: false,
      consents: [],
      plan: b.plan(children.length),
      meetings: b.meetings(),
      followUps: b.followUps(),
    };
  };
  const active = (f: Family) => f.children.map((c) => b.consent(c, f.guardians, f.teamId, f.coordinator, 'ACTIVE'));
  const fullRecords = (f: Family, opts: { health?: boolean } = {}) => {
    for (const c of f.children) {
      c.school = b.schoolRecord(c);
      c.social = b.socialRecord();
      if (opts.health !== false) c.health = b.healthRecord();
    }
  };

  // 1. Joint custody, both consented, everything covered; special support, family therapy, BUP with ADHD.
  const f1 = family(1, k1, 'JOINT', 2, [11]);
  const c1 = f1.children[0];
  if (c1) {
    c1.school = b.schoolRecord(c1, { specialSupport: true });
    c1.social = b.socialRecord({ familyTherapy: true });
    c1.health = b.healthRecord({ neuropsychiatric: true });
  }
  // The SIP is shared with all three agencies: their staff see this family's actions.
  f1.consents = active(f1).flatMap((c) => [c, b.sipConsent(c)]);

  // 2. Joint custody, only the first guardian has consented: PENDING everywhere.
  const f2 = family(2, k1, 'JOINT', 2, [9, 13]);
  fullRecords(f2);
  f2.consents = f2.children.map((c) => b.consent(c, f2.guardians, f2.teamId, f2.coordinator, 'PENDING', allScopes(), { missingGuardian: 1 }));

  // 3. A child of 15-16 who has not consented (nothing released), a younger sibling fully released.
  const f3 = family(3, k1, 'JOINT', 2, [16, 8]);
  fullRecords(f3);
  f3.consents = f3.children.map((c, i) => b.consent(c, f3.guardians, f3.teamId, f3.coordinator, i === 0 ? 'PENDING' : 'ACTIVE', allScopes(), { childConsents: false, missingGuardian: -1 }));

  // 4. A consent that expired yesterday.
  const f4 = family(4, k1, 'SOLE', 1, [7]);
  fullRecords(f4);
  f4.consents = f4.children.map((c) => b.consent(c, f4.guardians, f4.teamId, f4.coordinator, 'EXPIRED'));

  // 5. A consent revoked by a guardian.
  const f5 = family(5, k1, 'JOINT', 2, [12]);
  fullRecords(f5);
  f5.consents = f5.children.map((c) => b.consent(c, f5.guardians, f5.teamId, f5.coordinator, 'REVOKED'));

  // 6. A consent covering school only.
  const f6 = family(6, k1, 'SOLE', 2, [10]);
  fullRecords(f6);
  f6.consents = f6.children.map((c) =>
    b.consent(
      c,
      f6.guardians,
      f6.teamId,
      f6.coordinator,
      'ACTIVE',
      allScopes().filter((s) => s.agency === 'SCHOOL'),
    ),
  );

  // 7. A child unknown to health care: consent covers it, there is simply no record.
  const f7 = family(7, k1, 'JOINT', 2, [6]);
  fullRecords(f7, { health: false });
  f7.consents = active(f7);

  // 8. Assigned to koordinator2 (another team): never visible to koordinator1.
  const f8 = family(8, k2, 'JOINT', 2, [5, 14]);
  fullRecords(f8);
  // Its SIP is shared too, but in another municipality: the first municipality's staff never see it.
  f8.consents = active(f8).flatMap((c) => [c, b.sipConsent(c)]);

  return [f1, f2, f3, f4, f5, f6, f7, f8];
}
