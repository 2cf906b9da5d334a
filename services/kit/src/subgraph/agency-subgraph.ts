import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import type { AgencyCredentials } from '../agency/credentials/credentials.js';
import { credentialsFromEnv } from '../agency/credentials/from-env.js';
import { type AgencyHttp, defaultResilience, type ResilienceOptions, resilientAgencyClient } from '../agency/resilience.js';
import { AuditLog, auditMigrations } from '../audit/log.js';
import { AuditRecorder } from '../audit/recorder.js';
import { verifierFromEnv } from '../auth/config.js';
import type { TokenVerifier } from '../auth/verify.js';
import { dataDir, env, envNumber, listenAddress, serviceUrl } from '../config.js';
import { checkCohort } from '../consent/cohort.js';
import { type GrantBody, type GrantChecker, type GrantKeys, grantChecker } from '../consent/grant.js';
import { grantKeysFromEnv } from '../consent/registry-key.js';
import type { Agency, DataCategory } from '../domain/agencies.js';
import { agencyManifest } from '../domain/agency-manifest.js';
import { normalisePersonnummer } from '../domain/personnummer.js';
import type { MutualTls } from '../http/server.js';
import type { Logger } from '../log.js';
import { openDatabase } from '../storage/open.js';
import { sharedKeyFromEnv } from '../trust/keys.js';
import { type ReplayCache, replayCacheFromEnv } from '../trust/replay-cache.js';
import type { SharedKey } from '../trust/signature.js';
import { tlsFromEnv } from '../trust/tls.js';
import type { AgencyContext, Blocked, GrantedChild } from './context.js';
import { type RunningSubgraph, type SubgraphOptions, startSubgraph } from './serve.js';

/** Where an agency subgraph runs and what it talks to. */
export interface AgencyServiceConfig {
  port: number;
  /** The address it listens on (HOST); loopback when left out. */
  host?: string;
  /** Base URL of the agency's own system (or its simulator). */
  agencySystemUrl: string;
  /** What the subgraph proves itself with to its agency system (a bearer token on every request); none: nothing is sent. */
  credentials?: AgencyCredentials;
  /** The consent registry's public key(s): grants are checked with them, and nothing is asked of the registry. */
  grantKeys: GrantKeys;
  verifier: TokenVerifier;
  /** Timeouts, retries and circuit breaking towards the agency system (AGENCY_TIMEOUT_MS sets the attempt timeout). */
  resilience?: Partial<ResilienceOptions>;
  /** Budget of one operation's agency calls, retries included (OPERATION_BUDGET_MS). */
  operationBudgetMs?: number;
  /** This data owner's audit trail (its own source, in its own or a shared store). */
  audit: AuditLog;
  /** The key shared with the gateways: verifies their calls. */
  signingKey: SharedKey;
  /** Serve mutual TLS as well (SUBGRAPH_TLS_*), for gateways that prove themselves by client certificate. */
  tls?: MutualTls;
  /** Shared replay cache for request signatures (Redis when REDIS_URL is set). */
  replayCache?: ReplayCache;
}

export interface AgencySubgraphOptions<A> {
  name: string;
  agency: Agency;
  sdl: string;
  resolvers: SubgraphOptions<AgencyContext & { agency: A }>['resolvers'];
  /** Fresh per request, so that batching and memoisation never cross two operations. */
  adapter: (agencySystem: AgencyHttp) => A;
  /**
   * Whether the person's blocks (spärr) in the agency's system withhold a category, asked of the
   * request's adapter: required when the manifest says the system records blocks (`blocks`).
   */
  blocked?: (agency: A, ...asked: Parameters<Blocked>) => Promise<boolean>;
  config: AgencyServiceConfig;
}

export type AgencyRequestContext<A> = AgencyContext & { agency: A };

/** An agency subgraph: verified caller, the registry's grants checked once per request, fresh agency loaders per request. */
export function startAgencySubgraph<A>(options: AgencySubgraphOptions<A>): Promise<RunningSubgraph> {
  const { config } = options;
  const agencySystem = resilientAgencyClient(options.agency, config.agencySystemUrl, { ...defaultResilience, ...config.resilience }, config.credentials);
  const budgetMs = config.operationBudgetMs ?? 3000;
  const { blocked } = options;
  if (agencyManifest[options.agency].blocks && !blocked) throw new Error(`${options.agency}'s system records blocks (the agency manifest's blocks): its subgraph must be started with blocked`);
  return startSubgraph<AgencyRequestContext<A>>({
    name: options.name,
    sdl: options.sdl,
    resolvers: options.resolvers,
    verifier: config.verifier,
    trustedKeys: [config.signingKey],
    ...(config.tls ? { tls: config.tls } : {}),
    ...(config.replayCache ? { replayCache: config.replayCache } : {}),
    port: config.port,
    ...(config.host ? { host: config.host } : {}),
    context: (base) => {
      const agency = options.adapter(agencySystem.forRequest(Date.now() + budgetMs));
      return {
        ...base,
        granted: grantedChildren(grantChecker(config.grantKeys, { subject: base.identity.username, requestId: base.requestId }), base.log),
        audit: new AuditRecorder(config.audit, base),
        auditLog: config.audit,
        cohort: (token: unknown) => checkCohort(config.grantKeys, { subject: base.identity.username, requestId: base.requestId }, options.agency, token),
        agency,
        ...(blocked ? { blocked: (personnummer: string, category: DataCategory) => blocked(agency, personnummer, category) } : {}),
      };
    },
    readiness: async () => ({
      registryKey: await config.grantKeys({ kid: undefined }).then(
        () => true,
        () => false,
      ),
      auditStore: await config.audit.db.ping(),
    }),
    // The agency system may be down: the subgraph still answers, with typed sections.
    degradable: async () => ({
      agencySystem: { circuit: agencySystem.state, lastCall: agencySystem.lastCall },
    }),
  });
}

/**
 * Resolvers of the shared Child entity in an agency subgraph: the key is the personnummer, the
 * registry's grant comes with it (the field the section `@requires`), and the agency's section
 * hangs off both. A reference without a grant resolves, and every section of it is denied.
 */
export function childWithSection(sectionField: string) {
  return {
    __resolveReference(reference: { personnummer?: unknown; grant?: unknown }): GrantedChild {
      const personnummer = normalisePersonnummer(String(reference.personnummer ?? ''));
      if (!personnummer) throw new GraphQLError('Invalid personnummer in entity reference', { extensions: { code: 'BAD_USER_INPUT' } });
      return { personnummer, grant: typeof reference.grant === 'string' ? reference.grant : null };
    },
    [sectionField]: (child: GrantedChild): GrantedChild => ({ personnummer: child.personnummer, grant: child.grant }),
  };
}

/** Each child's grant checked once per request, however many sections ask; a refusal logged once. */
function grantedChildren(check: GrantChecker, log: Logger) {
  const checked = new Map<string, { grant: string | null; body: Promise<GrantBody> }>();
  return (child: GrantedChild) => {
    const known = checked.get(child.personnummer);
    // The same child may come twice with two grants of the request (two paths to it): each is checked.
    if (known?.grant === child.grant) return known.body;
    const body = check(child.grant, child.personnummer);
    body.catch((error: unknown) => log.warn({ err: error instanceof Error ? error.message : String(error) }, 'grant refused; every section of the child denied'));
    checked.set(child.personnummer, { grant: child.grant, body });
    return body;
  };
}

/**
 * The section's `accessLog`: who accessed this person's data here, when, and under which
 * consent, for the child's guardians with custody only, or for the guardian whose own data it
 * is (the grant's `guardian`, as NPÖ and Denmark's Min Log offer).
 */
export async function accessLog(section: GrantedChild, _: unknown, ctx: AgencyContext) {
  const guardian =
    ctx.identity.role === 'GUARDIAN' &&
    (await ctx.granted(section).then(
      (g) => g.guardian,
      () => false,
    ));
  if (!guardian) {
    throw new GraphQLError('The access log is shown to the person whose data it is: a child’s guardians, or the guardian themself for their own data', { extensions: { code: 'FORBIDDEN' } });
  }
  const events = await ctx.auditLog.forChild(section.personnummer);
  return events
    .filter((e) => e.kind === 'DISCLOSURE')
    .map((e) => ({ at: e.at, agency: e.agency, categories: e.categories, accessedBy: e.actor, role: e.role, team: e.teamId, consentIds: e.consentIds, operationName: e.operationName }));
}

/**
 * An agency subgraph's configuration from the environment, for running it as its own process
 * against a real agency system: HOST and PORT, `<SYSTEM>_URL` and the system's credentials in the
 * variables named after it (`<SYSTEM>_CLIENT_ID`, …: credentialsFromEnv), the AUTH_* variables, and
 * the registry's public key (REGISTRY_PUBLIC_KEY, else the JWKS at REGISTRY_JWKS_URL, default COORDINATION_URL's).
 */
export async function agencyConfigFromEnv(agency: Agency): Promise<AgencyServiceConfig> {
  const { subgraph, system } = agencyManifest[agency];
  const { name, port: defaultPort } = subgraph;
  const systemVariable = system.urlVariable;
  const agencySystemUrl = env(systemVariable, `http://127.0.0.1:${system.port}`);
  const credentials = credentialsFromEnv(systemVariable, agencySystemUrl);
  const db = await openDatabase({ databaseUrl: process.env.AUDIT_DATABASE_URL ?? process.env.DATABASE_URL ?? '', pgliteDir: join(dataDir(), `audit-${name}`), migrations: [auditMigrations] });
  return {
    audit: new AuditLog(db, name),
    signingKey: sharedKeyFromEnv(),
    ...tlsFromEnv(),
    ...replayCacheFromEnv(),
    ...listenAddress(defaultPort),
    agencySystemUrl,
    ...(credentials ? { credentials } : {}),
    grantKeys: grantKeysFromEnv(serviceUrl('coordination', 4001)),
    verifier: await verifierFromEnv(),
    resilience: { attemptTimeoutMs: envNumber('AGENCY_TIMEOUT_MS', defaultResilience.attemptTimeoutMs), reportTimeoutMs: envNumber('AGENCY_REPORT_TIMEOUT_MS', defaultResilience.reportTimeoutMs) },
    operationBudgetMs: envNumber('OPERATION_BUDGET_MS', 3000),
  };
}
