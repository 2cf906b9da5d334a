// npm run token -- <username>: a development bearer token for a seeded user, printed alone.
import { generatePopulation, populationOptionsFromEnv } from '@lotsen/agency-systems';
import { loadOrCreateDevKeys, signToken } from '@lotsen/kit';
import { identityOf } from '@lotsen/local-stack';

const username = process.argv[2];
if (!username) {
  console.error('usage: npm run token -- <username>   e.g. koordinator1, teamledare1, vardnadshavare1, analytiker1');
  process.exit(2);
}
if (process.env.NODE_ENV === 'production') {
  console.error('The development issuer is off in production; get a token from the OIDC provider.');
  process.exit(2);
}
const population = generatePopulation(populationOptionsFromEnv());
try {
  console.log(await signToken(identityOf(population, username), await loadOrCreateDevKeys()));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
