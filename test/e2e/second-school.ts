import { startGateway } from '@lotsen/gateway';
import { type AgencyServiceConfig, AuditLog, createTokenVerifier, defaultAudience, devIssuer, grantKeysOf } from '@lotsen/kit';
import type { RunningSystem } from '@lotsen/local-stack';
import { readSupergraph } from '@lotsen/schema';
import { startSubgraph as startSchoolSubgraph } from '@lotsen/school';

/** A verifier for the system's development issuer. */
export const verifierOf = (system: RunningSystem) => createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [system.keys.publicJwk] } });

/** The system's subgraph endpoints, as a second gateway reaches them. */
export const subgraphUrlsOf = (system: RunningSystem) => ({
  coordination: `${system.subgraphs.coordination.url}/graphql`,
  school: `${system.subgraphs.school.url}/graphql`,
  'social-services': `${system.subgraphs.socialServices.url}/graphql`,
  'health-care': `${system.subgraphs.healthCare.url}/graphql`,
});

/**
 * Runs `work` against a second instance of the school subgraph (configured as `overrides`
 * say), behind a second gateway that shares the system's other subgraphs; closes both after.
 */
export async function withSecondSchool<T>(system: RunningSystem, overrides: Partial<AgencyServiceConfig>, work: (gatewayUrl: string) => Promise<T>): Promise<T> {
  const verifier = verifierOf(system);
  const school = await startSchoolSubgraph({
    port: 0,
    agencySystemUrl: system.simulators.school.url,
    credentials: system.agencyCredentials.school,
    // The registry's public key and nothing else of it: no address of coordination at all.
    grantKeys: grantKeysOf(system.registryKeys.publicJwk),
    verifier,
    audit: new AuditLog(system.db, 'school'),
    signingKey: system.signingKey,
    ...overrides,
  });
  const subgraphUrls = { ...subgraphUrlsOf(system), school: `${school.url}/graphql` };
  const gateway = await startGateway({ port: 0, supergraphSdl: readSupergraph(), verifier, subgraphUrls, signingKey: system.signingKey });
  try {
    return await work(`${gateway.url}/graphql`);
  } finally {
    await gateway.close();
    await school.close();
  }
}
