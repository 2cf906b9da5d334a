import type { Database } from '@lotsen/kit';
import {
  type Cohort,
  type GrantSigningKey,
  grantSigningKey,
  issueCohort,
  issueGrants,
  json,
  type MutualTls,
  type RegistryKeys,
  type ReplayCache,
  registryJwksPath,
  type SharedKey,
  startSubgraph,
  type TokenVerifier,
  todayInSweden,
} from '@lotsen/kit';
import { subgraphSdl } from '@lotsen/schema';
import { grantBody, guardianGrantBody } from './consent/child-grant.js';
import type { ConsentPolicy } from './consent/model.js';
import { OperationSnapshots } from './consent/operation-snapshots.js';
import { policyFromEnv } from './consent/policy.js';
import { featureResolvers, mergeResolvers } from './features.js';
import { consentMutations } from './graphql/consent-mutations.js';
import type { CoordinationContext } from './graphql/context.js';
import { createLoaders, type GuardianMet } from './graphql/loaders.js';
import { mutationResolvers } from './graphql/mutations.js';
import { queryResolvers } from './graphql/queries.js';
import { typeResolvers } from './graphql/types.js';
import { childrenInCustodyOf } from './register/custody-of.js';
import type { PopulationRegister } from './register/population-register.js';
import { CohortReadings } from './statistics/cohort-readings.js';
import { statisticsResolvers } from './statistics/resolvers.js';

export interface CoordinationConfig {
  port: number;
  /** The address it listens on (HOST); loopback when left out. */
  host?: string;
  db: Database;
  verifier: TokenVerifier;
  /** Keys of the gateways whose signed calls this service serves. */
  trustedKeys: readonly SharedKey[];
  /** Serve mutual TLS as well, for gateways that prove themselves by client certificate. */
  tls?: MutualTls;
  /** Shared replay cache for request signatures (Redis when configured). */
  replayCache?: ReplayCache;
  /** The clock (tests move it); defaults to the real time. */
  now?: () => Date;
  /** Consent policy; from the environment (CONSENT_*) when left out. */
  policy?: ConsentPolicy;
  /** Folkbokföringen: custody, names and protected identity (POPULATION_REGISTER_URL). */
  register: PopulationRegister;
  /** The registry's own key pair: it signs grants; its public half is served for the agency subgraphs. */
  registryKeys: RegistryKeys;
  /** How long a grant is valid, in seconds (a request's span, and the gateways' clock skew). */
  grantTtlSeconds?: number;
}

/** The coordination subgraph, and the consent registry's decision endpoint beside it. */
export async function startCoordinationSubgraph(config: CoordinationConfig) {
  const signing: GrantSigningKey = await grantSigningKey(config.registryKeys);
  const now = config.now ?? (() => new Date());
  const policy = config.policy ?? policyFromEnv();
  const mutations = { Mutation: { ...mutationResolvers.Mutation, ...consentMutations(policy) } };
  const snapshots = new OperationSnapshots(config.db, config.register);
  const cohorts = new CohortReadings(config.db);
  const running = await startSubgraph<CoordinationContext>({
    name: 'coordination',
    sdl: subgraphSdl('coordination'),
    resolvers: mergeResolvers([
      queryResolvers,
      { Query: statisticsResolvers.Query },
      mutations,
      typeResolvers,
      { Statistics: statisticsResolvers.Statistics, ConsentStatistics: statisticsResolvers.ConsentStatistics },
      ...featureResolvers,
    ] as never) as never,
    verifier: config.verifier,
    trustedKeys: config.trustedKeys,
    ...(config.tls ? { tls: config.tls } : {}),
    ...(config.replayCache ? { replayCache: config.replayCache } : {}),
    port: config.port,
    ...(config.host ? { host: config.host } : {}),
    context: (base) => {
      const at = now();
      const reading = (children: readonly string[]) => snapshots.read(base.requestId, base.identity.username, children);
      let custody: Promise<string[]> | undefined;
      const custodyOfCaller = () => {
        const { role, personnummer } = base.identity;
        custody ??= role === 'GUARDIAN' && personnummer ? childrenInCustodyOf(config.register, personnummer, todayInSweden(at)) : Promise.resolve([]);
        return custody;
      };
      const grantsFor = async (children: readonly string[]) => {
        const read = await reading(children);
        const bodies = children.map((c) => grantBody(base.identity, read, c, at, policy));
        return issueGrants(signing, { subject: base.identity.username, requestId: base.requestId }, bodies, config.grantTtlSeconds);
      };
      const guardianGrantsFor = async (guardians: readonly GuardianMet[]) => {
        const read = await reading([...new Set(guardians.flatMap((g) => [g.child, g.guardian]))]);
        const bodies = guardians.map((g) => guardianGrantBody(base.identity, read, g.guardian, g.child, at, policy));
        return issueGrants(signing, { subject: base.identity.username, requestId: base.requestId }, bodies, config.grantTtlSeconds);
      };
      return {
        ...base,
        db: config.db,
        register: config.register,
        reading,
        custodyOfCaller,
        loaders: createLoaders({ db: config.db, identity: base.identity, reading, custodyOfCaller, grantsFor, guardianGrantsFor, today: todayInSweden(at) }),
        now: at,
        policy,
        consentNarrowed: () => snapshots.clear(),
        cohorts,
        signCohort: (cohort: Cohort) => issueCohort(signing, { subject: base.identity.username, requestId: base.requestId }, cohort, config.grantTtlSeconds),
      };
    },
    readiness: async () => ({ database: await config.db.ping() }),
    // Without the register the service still serves what does not rest on custody and denies the rest.
    degradable: async () => ({ populationRegister: await config.register.ready(), ...config.register.state?.() }),
    // The public half of the registry's key: the agency subgraphs check grants with it.
    publicRoutes: { [`GET ${registryJwksPath}`]: () => json(200, { keys: [config.registryKeys.publicJwk] }) },
  });
  return {
    ...running,
    close: async () => {
      await running.close();
      await config.register.close?.();
    },
  };
}
