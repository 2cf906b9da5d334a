import type { Household, Population } from '@lotsen/agency-systems';

/** The signed-in name of a guardian with custody in a family (vardnadshavare1… in the archetypes' order). */
export function guardianUsernameOf(population: Population, reference: string): string {
  const family = population.families.find((f) => f.reference === reference);
  const custodians = new Set(family?.guardians.filter((g) => g.hasCustody).map((g) => g.personnummer));
  const user = population.users.find((u) => u.role === 'GUARDIAN' && u.personnummer && custodians.has(u.personnummer));
  if (!user) throw new Error(`no seeded guardian user for ${reference}`);
  return user.username;
}

/**
 * A household not yet in coordination to take in: two guardians with joint custody (so both
 * decide), the youngest child first (the one the consent is recorded for).
 */
export function householdToTakeIn(population: Population): { household: Household; youngest: Household['children'][number] } {
  const joint = population.outside.filter((h) => h.custody === 'JOINT' && h.guardians.filter((g) => g.hasCustody).length === 2);
  const household = joint[0] ?? population.outside[0];
  if (!household) throw new Error('the population has no household outside coordination');
  const youngest = [...household.children].sort((a, b) => b.birthDate.localeCompare(a.birthDate))[0];
  if (!youngest) throw new Error(`household ${household.reference} has no child`);
  return { household, youngest };
}
