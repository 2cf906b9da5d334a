import type { Database } from '@lotsen/kit';
import { decisionsPath, guardianshipPath, type MutualTls, type ReplayCache, type SharedKey, startSubgraph, type TokenVerifier, todayInSweden } from '@lotsen/kit';
import { subgraphSdl } from '@lotsen/schema';
import { decisionsEndpoint } from './consent/decisions-endpoint.js';
import { guardianshipEndpoint } from './consent/guardianship-endpoint.js';
import type { ConsentPolicy } from './consent/model.js';
import { OperationSnapshots } from './consent/operation-snapshots.js';
import { policyFromEnv } from './consent/policy.js';
import { consentMutations } from './graphql/consent-mutations.js';
import type { CoordinationContext } from './graphql/context.js';
import { createLoaders } from './graphql/loaders.js';
import { mutationResolvers } from './graphql/mutations.js';
import { queryResolvers } from './graphql/queries.js';
import { typeResolvers } from './graphql/types.js';
import { childrenInCustodyOf } from './register/custody-of.js';
import type { PopulationRegister } from './register/population-register.js';

export interface CoordinationConfig {
  port: number;
  db: Database;
  verifier: TokenVerifier;
  /** Keys of the gateways and agency subgraphs whose signed calls this service serves. */
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
}

/** The coordination subgraph, and the consent registry's decision endpoint beside it. */
export function startCoordinationSubgraph(config: CoordinationConfig) {
  const now = config.now ?? (() => new Date());
  const policy = config.policy ?? policyFromEnv();
  const mutations = { Mutation: { ...mutationResolvers.Mutation, ...consentMutations(policy) } };
  const snapshots = new OperationSnapshots(config.db, config.register);
  return startSubgraph<CoordinationContext>({
    name: 'coordination',
    sdl: subgraphSdl('coordination'),
    resolvers: { ...queryResolvers, ...mutations, ...typeResolvers } as never,
    verifier: config.verifier,
    trustedKeys: config.trustedKeys,
    ...(config.tls ? { tls: config.tls } : {}),
    ...(config.replayCache ? { replayCache: config.replayCache } : {}),
    port: config.port,
    context: (base) => {
      const at = now();
      const reading = (children: readonly string[]) => snapshots.read(base.requestId, base.identity.username, children);
      let custody: Promise<string[]> | undefined;
      const custodyOfCaller = () => {
        const { role, personnummer } = base.identity;
        custody ??= role === 'GUARDIAN' && personnummer ? childrenInCustodyOf(config.register, personnummer, todayInSweden(at)) : Promise.resolve([]);
        return custody;
      };
      return {
        ...base,
        db: config.db,
        register: config.register,
        reading,
        custodyOfCaller,
        loaders: createLoaders({ db: config.db, identity: base.identity, reading, register: config.register, custodyOfCaller }),
        now: at,
        policy,
        consentNarrowed: () => snapshots.clear(),
      };
    },
    readiness: async () => ({ database: await config.db.ping(), populationRegister: await config.register.ready() }),
    routes: {
      [`POST ${decisionsPath}`]: decisionsEndpoint(snapshots, config.verifier, now, policy),
      [`POST ${guardianshipPath}`]: guardianshipEndpoint(config.register, config.verifier, now),
    },
  });
}
