import { custodiansOf, type PopulationRegister, related } from './population-register.js';

/**
 * The children a person has custody of today: those their own post names (`VF`, vårdnadshavare
 * för) whose post names them back (`V`). Custody rests on the child's post everywhere else, so a
 * child the two posts disagree on is not shown; a parent without custody sees nothing.
 */
export async function childrenInCustodyOf(register: PopulationRegister, personnummer: string, today: string): Promise<string[]> {
  const adult = (await register.lookup([personnummer])).get(personnummer);
  const children = related(adult, 'VF', today);
  if (children.length === 0) return [];
  const found = await register.lookup(children);
  return children.filter((c) => custodiansOf(found.get(c), today).includes(personnummer));
}
