import { custodiansOf, type PopulationRegister, related } from './population-register.js';

/**
 * The children a person has custody of today. The register lists a person's children (`B`);
 * custody is each child's own `V` relation, so both are read, and a parent without custody sees
 * nothing.
 */
export async function childrenInCustodyOf(register: PopulationRegister, personnummer: string, today: string): Promise<string[]> {
  const adult = (await register.lookup([personnummer])).get(personnummer);
  const children = related(adult, 'B', today);
  if (children.length === 0) return [];
  const found = await register.lookup(children);
  return children.filter((c) => custodiansOf(found.get(c), today).includes(personnummer));
}
