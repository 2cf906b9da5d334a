import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type AgencyClient,
  type AgencyClients,
  agencyCredentials,
  defaultPopulation,
  ephemeralSimulatorPorts,
  generatePopulation,
  type Population,
  type RunningSimulators,
  randomStatisticsSecrets,
  type StatisticsSecrets,
  simulatorPorts,
  startSimulators,
} from '@lotsen/agency-systems';
import { openCoordinationDatabase, RegisterCopy, seed, seedingCode, startCoordinationSubgraph } from '@lotsen/coordination';
import { type RunningGateway, startGateway } from '@lotsen/gateway';
import {
  type AgencyCredentials,
  type AgencyServiceConfig,
  AuditLog,
  agencies,
  agencyManifest,
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
  perAgency,
  type RegistryKeys,
  type RunningSubgraph,
  type SectionField,
  type SharedKey,
  SharedReplayCache,
  sectionField,
  signToken,
  todayInSweden,
} from '@lotsen/kit';
import { readSupergraph } from '@lotsen/schema';
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
  presentedClients?: Partial<Record<SectionField, AgencyClient | null>>;
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
  agencyCredentials: Record<SectionField, AgencyCredentials>;
  /** Coordination's subgraph and each agency's, by its section field (school, socialServices, …). */
  subgraphs: { coordination: RunningSubgraph } & Record<SectionField, RunningSubgraph>;
  gateway: RunningGateway;
  gatewayUrl: string;
  /** The development OIDC provider the dashboard signs in at. */
  signIn: DevOidcProvider;
  token(username: string): Promise<string>;
  close(): Promise<void>;
}

/** What the module the agency manifest names as an agency's subgraph (`subgraph.package`) exports (docs/agencies.md). */
interface AgencySubgraphModule {
  startSubgraph(config: AgencyServiceConfig): Promise<RunningSubgraph>;
}

/** The fixed ports the README lists (each agency's from the manifest), or free ones. */
const fixedPorts = { gateway: 4000, coordination: 4001, signIn: 4005 };
const freePorts = { gateway: 0, coordination: 0, signIn: 0 };

/** Boots the whole system: simulators of the existing systems, coordination's subgraph and each agency's of the manifest, and the gateway, seeded with synthetic data. */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const fixed = options.ports === 'default';
  const ports = fixed ? fixedPorts : freePorts;
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
      // An in-memory store is loaded from a kept copy of the same seeded population (kit's
      // pglite-snapshot.ts); the generator is deterministic, so the population and the seeding
      // code (coordination's sources, where every feature seeds its own tables) are all its rows
      // depend on besides the migrations.
      snapshot: { content: `${seedingCode()}\n${JSON.stringify(population)}`, fill: (store) => seed(store, population).then(() => undefined) },
    }));
  // Seeds any other store; one already seeded (from its copy, or by `npm start` before) is left as it is.
  await seed(db, population);
  const simulators = await startSimulators(population, fixed ? simulatorPorts : ephemeralSimulatorPorts, options.statisticsSecrets ?? randomStatisticsSecrets(), undefined, options.agencyClients);
  const simulatorUrls = perAgency((a) => simulators[sectionField(a)].url);
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
  const agencyConfig = (name: string, port: number, agencySystemUrl: string, system: SectionField): AgencyServiceConfig => {
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
  // Each agency's subgraph from the package its manifest entry names.
  const agencySubgraphs = {} as Record<SectionField, RunningSubgraph>;
  for (const a of agencies) {
    const { subgraph } = agencyManifest[a];
    const { startSubgraph } = (await import(subgraph.package)) as AgencySubgraphModule;
    agencySubgraphs[sectionField(a)] = await startSubgraph(agencyConfig(subgraph.name, fixed ? subgraph.port : 0, simulatorUrls[sectionField(a)], sectionField(a)));
  }
  const gateway = await startGateway({
    port: ports.gateway,
    supergraphSdl: readSupergraph(),
    verifier,
    signingKey,
    subgraphUrls: {
      coordination: `${coordination.url}/graphql`,
      ...Object.fromEntries(agencies.map((a) => [agencyManifest[a].subgraph.name, `${agencySubgraphs[sectionField(a)].url}/graphql`])),
    },
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
    subgraphs: { coordination, ...agencySubgraphs },
    gateway,
    gatewayUrl: `${gateway.url}/graphql`,
    signIn,
    token: (username) => signToken(identityOf(population, username), keys),
    close: async () => {
      await gateway.close();
      await signIn.close();
      await Promise.all(Object.values<RunningSubgraph>(agencySubgraphs).map((s) => s.close()));
      await coordination.close();
      await simulators.close();
      if (!options.db) await db.close();
      redis?.disconnect();
    },
  };
}
