import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type AgencyClients,
  agencyCredentials,
  defaultPopulation,
  generatePopulation,
  type Population,
  type RunningSimulators,
  randomStatisticsSecrets,
  type StatisticsSecrets,
  startSimulators,
} from '@lotsen/agency-systems';
import { openCoordinationDatabase, RegisterCopy, seed, startCoordinationSubgraph } from '@lotsen/coordination';
import { type RunningGateway, startGateway } from '@lotsen/gateway';
import { startHealthCareSubgraph } from '@lotsen/health-care';
import {
  type AgencyCredentials,
  type AgencyServiceConfig,
  AuditLog,
  connectRedis,
  createTokenVerifier,
  type Database,
  type DevKeys,
  defaultAudience,
  devIssuer,
  generateDevKeys,
  generateRegistryKeys,
  generateSharedKey,
  grantKeysOf,
  json,
  type RegistryKeys,
  type RunningSubgraph,
  type SharedKey,
  SharedReplayCache,
  signToken,
  todayInSweden,
} from '@lotsen/kit';
import { readSupergraph } from '@lotsen/schema';
import { startSchoolSubgraph } from '@lotsen/school';
import { startSocialServicesSubgraph } from '@lotsen/social-services';
import { type DevOidcProvider, dashboardClientId, startDevOidcProvider } from './sign-in/dev-oidc-provider.js';
import { identityOf } from './users.js';

/** The dashboard's build (npm run build -w @lotsen/dashboard; npm start and npm test make it). */
const dashboardDir = join(dirname(createRequire(import.meta.url).resolve('@lotsen/dashboard/package.json')), 'dist');

export interface SystemOptions {
  /** The fixed ports the README lists (npm start) or free ports (tests, several systems side by side). */
  ports?: 'default' | 'ephemeral';
  seed?: number;
  families?: number;
  /** PostgreSQL URL; unset means PGlite (in memory unless pgliteDir). */
  databaseUrl?: string;
  /** PostgreSQL schema to isolate this system in (tests). */
  databaseSchema?: string;
  pgliteDir?: string;
  /** An open, migrated store to use (tests); the system then leaves closing it to the caller. */
  db?: Database;
  /** Signing keys of the development issuer; generated when absent. */
  keys?: DevKeys;
  /** Agency subgraphs' timeouts, retries, circuit breaking and operation budget (tests shorten them). */
  agencyCalls?: Pick<AgencyServiceConfig, 'resilience' | 'operationBudgetMs'>;
  /** Redis for what instances share (the signature replay cache); unset keeps it in-process. */
  redisUrl?: string;
  /** The key gateway and services share for request signatures; generated when absent. */
  signingKey?: SharedKey;
  /** The consent registry's own key pair, which signs grants; generated when absent. */
  registryKeys?: RegistryKeys;
  /** Each agency system's statistics key secret, which its record keys are derived with (docs/agency-systems.md); generated when absent. */
  statisticsSecrets?: StatisticsSecrets;
  /** The clients the agency systems register, a secret each and the FHIR client's key pair (docs/security.md, "Agency systems' credentials"); generated when absent. */
  agencyClients?: AgencyClients;
  /** The client an agency subgraph presents instead of its registered one: none (null) or another (tests of a refusal). */
  presentedClients?: Partial<{ [S in AgencySystem]: AgencyClients[S] | null }>;
  now?: () => Date;
}

export interface RunningSystem {
  population: Population;
  db: Database;
  keys: DevKeys;
  signingKey: SharedKey;
  registryKeys: RegistryKeys;
  simulators: RunningSimulators;
  /** The registered clients' credentials, as the system's agency subgraphs present them unless told otherwise. */
  agencyCredentials: Record<AgencySystem, AgencyCredentials>;
  subgraphs: { coordination: RunningSubgraph; school: RunningSubgraph; socialServices: RunningSubgraph; healthCare: RunningSubgraph };
  gateway: RunningGateway;
  gatewayUrl: string;
  /** The development OIDC provider the dashboard signs in at. */
  signIn: DevOidcProvider;
  token(username: string): Promise<string>;
  close(): Promise<void>;
}

type AgencySystem = keyof AgencyClients;

const defaultPorts = {
  gateway: 4000,
  coordination: 4001,
  school: 4002,
  socialServices: 4003,
  healthCare: 4004,
  signIn: 4005,
  simulators: { school: 4101, socialServices: 4102, healthCare: 4103, populationRegister: 4104 },
};
const ephemeral = { gateway: 0, coordination: 0, school: 0, socialServices: 0, healthCare: 0, signIn: 0, simulators: { school: 0, socialServices: 0, healthCare: 0, populationRegister: 0 } };

/** Boots the whole system: simulators of the existing systems, the four subgraphs and the gateway, seeded with synthetic data. */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const ports = options.ports === 'default' ? defaultPorts : ephemeral;
  const population = generatePopulation({ seed: options.seed ?? defaultPopulation.seed, families: options.families ?? defaultPopulation.families, today: todayInSweden(options.now?.()) });
  const keys = options.keys ?? (await generateDevKeys());
  const signingKey = options.signingKey ?? generateSharedKey();
  const registryKeys = options.registryKeys ?? (await generateRegistryKeys());
  const redis = options.redisUrl ? connectRedis(options.redisUrl) : undefined;
  const replayCache = redis ? { replayCache: new SharedReplayCache(redis) } : {};
  // Sign-in for the dashboard: a real OIDC provider signing with the development issuer's key.
  const signIn = await startDevOidcProvider(population, keys, ports.signIn);
  const verifier = createTokenVerifier({ issuer: [devIssuer, signIn.issuer], audience: defaultAudience, jwks: { keys: [keys.publicJwk] } });

  const db =
    options.db ??
    (await openCoordinationDatabase({
      ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
      ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
      pgliteDir: options.pgliteDir ?? null,
    }));
  await seed(db, population);
  const simulators = await startSimulators(population, ports.simulators, options.statisticsSecrets ?? randomStatisticsSecrets(), undefined, options.agencyClients);
  const simulatorUrls = { school: simulators.school.url, socialServices: simulators.socialServices.url, healthCare: simulators.healthCare.url };
  const registered = agencyCredentials(simulators.clients, simulatorUrls);
  const presented = agencyCredentials({ ...simulators.clients, ...Object.fromEntries(Object.entries(options.presentedClients ?? {}).filter(([, c]) => c)) }, simulatorUrls);
  const coordination = await startCoordinationSubgraph({
    port: ports.coordination,
    db,
    register: new RegisterCopy(simulators.populationRegister.url),
    registryKeys,
    verifier,
    trustedKeys: [signingKey],
    ...replayCache,
    ...(options.now ? { now: options.now } : {}),
  });
  // In one process the data owners share one store, each keeping its own audit source.
  const agency = (name: string, port: number, agencySystemUrl: string, system: AgencySystem) => {
    const credentials = options.presentedClients?.[system] === null ? null : presented[system];
    return {
      port,
      agencySystemUrl,
      ...(credentials ? { credentials } : {}),
      grantKeys: grantKeysOf(registryKeys.publicJwk),
      verifier,
      audit: new AuditLog(db, name),
      signingKey,
      ...options.agencyCalls,
    };
  };
  const school = await startSchoolSubgraph(agency('school', ports.school, simulators.school.url, 'school'));
  const socialServices = await startSocialServicesSubgraph(agency('social-services', ports.socialServices, simulators.socialServices.url, 'socialServices'));
  const healthCare = await startHealthCareSubgraph(agency('health-care', ports.healthCare, simulators.healthCare.url, 'healthCare'));
  const gateway = await startGateway({
    port: ports.gateway,
    supergraphSdl: readSupergraph(),
    verifier,
    signingKey,
    subgraphUrls: { coordination: `${coordination.url}/graphql`, school: `${school.url}/graphql`, 'social-services': `${socialServices.url}/graphql`, 'health-care': `${healthCare.url}/graphql` },
    routes: { 'GET /.well-known/jwks.json': () => json(200, { keys: [keys.publicJwk] }) },
    webApp: { dir: dashboardDir, issuer: signIn.issuer, clientId: dashboardClientId },
    // The gateway's own audit trail in the same store: refusals of the statistics rate limit.
    audit: new AuditLog(db, 'gateway'),
    ...(redis ? { redis } : {}),
  });
  signIn.allow([`http://localhost:${gateway.port}`, `http://127.0.0.1:${gateway.port}`]);

  return {
    population,
    db,
    keys,
    signingKey,
    registryKeys,
    simulators,
    agencyCredentials: registered,
    subgraphs: { coordination, school, socialServices, healthCare },
    gateway,
    gatewayUrl: `${gateway.url}/graphql`,
    signIn,
    token: (username) => signToken(identityOf(population, username), keys),
    close: async () => {
      await gateway.close();
      await signIn.close();
      await Promise.all([school.close(), socialServices.close(), healthCare.close()]);
      await coordination.close();
      await simulators.close();
      if (!options.db) await db.close();
      redis?.disconnect();
    },
  };
}
