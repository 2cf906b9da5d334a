import type { Agency, DataCategory } from '../../gql/graphql.js';
import { agencies, categoriesOf } from '../../words/terms.js';

/** A consent's scope in the order the family page shows agencies and their kinds of data. */
export function orderedScope<S extends { agency: Agency; categories: readonly DataCategory[] }>(scope: readonly S[]): S[] {
  return [...scope]
    .sort((a, b) => agencies.indexOf(a.agency) - agencies.indexOf(b.agency))
    .map((s) => ({ ...s, categories: [...s.categories].sort((a, b) => categoriesOf[s.agency].indexOf(a) - categoriesOf[s.agency].indexOf(b)) }));
}
