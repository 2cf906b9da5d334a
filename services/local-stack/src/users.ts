import type { Population } from '@lotsen/agency-systems';
import type { Identity } from '@lotsen/kit';

/** The identity a seeded user signs in with (what the municipality's OIDC provider would assert). */
export function identityOf(population: Population, username: string): Identity {
  const user = population.users.find((u) => u.username === username);
  if (!user)
    throw new Error(
      `no seeded user '${username}'; try one of: ${population.users
        .slice(0, 12)
        .map((u) => u.username)
        .join(', ')}, …`,
    );
  return {
    username: user.username,
    role: user.role,
    teamId: user.teamId ?? null,
    agency: user.agency ?? null,
    personnummer: user.personnummer ?? null,
    municipality: user.municipality ?? null,
    region: user.region ?? null,
  };
}
