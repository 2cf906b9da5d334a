import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type AuditEvent, type AuditLog, createLogger, envNumber, type Identity, type redisFromEnv } from '@lotsen/kit';
import type { GatewayContext } from '../context.js';
import { type AnswerWindow, InProcessAnswerWindow, SharedAnswerWindow, type WindowLimit } from '../statistics/answer-window.js';
import { statisticsAnswers } from '../statistics/root-selection.js';

const log = createLogger('gateway');

/** What the audit trail records a refusal of the rate limit as (its `reason`); `npm run audit:report` lists these. */
export const rateLimitReason = 'STATISTICS_RATE_LIMIT';

/**
 * The line (docs/analysts.md, "Limits and watch"): `answers` per `windowS` seconds and user. A
 * line that could never be met (fewer answers than one request may ask) is refused at start,
 * not found out by an analyst.
 */
export function statisticsRate(answers: number, windowS: number, maxPerRequest: number): WindowLimit {
  if (!Number.isInteger(answers) || answers < maxPerRequest) throw new Error(`STATISTICS_RATE_LIMIT must be a whole number of at least STATISTICS_MAX_PER_REQUEST (${maxPerRequest}), got ${answers}`);
  if (!(windowS >= 1)) throw new Error(`STATISTICS_RATE_WINDOW_S must be at least 1 second, got ${windowS}`);
  return { answers, windowMs: windowS * 1000 };
}

/**
 * STATISTICS_RATE_LIMIT answers per STATISTICS_RATE_WINDOW_S seconds, by default 100 in ten
 * minutes: room for a person's work and for a page of ten groups of figures asked ten times over, not
 * for harvesting (docs/analysts.md, "Limits and watch", says why).
 */
export const statisticsRateFromEnv = (maxPerRequest: number): WindowLimit => statisticsRate(envNumber('STATISTICS_RATE_LIMIT', 100), envNumber('STATISTICS_RATE_WINDOW_S', 600), maxPerRequest);

/** Shared across instances through Redis when there is a connection, in-process otherwise. */
export function answerWindow(limit: WindowLimit, redis: ReturnType<typeof redisFromEnv>): AnswerWindow {
  return redis ? new SharedAnswerWindow(redis, limit) : new InProcessAnswerWindow(limit);
}

/** A refusal of the rate limit as the gateway's audit trail records it: who, when, which request; about no one person. */
export function rateLimitRefusal(identity: Identity, context: Pick<GatewayContext, 'operationName' | 'documentHash' | 'requestId'>, at: Date = new Date()): AuditEvent {
  return {
    at: at.toISOString(),
    kind: 'DENIAL',
    actor: identity.username,
    role: identity.role,
    teamId: identity.teamId,
    childPersonnummer: '',
    agency: null,
    categories: ['statistics'],
    consentIds: [],
    reason: rateLimitReason,
    operationName: context.operationName,
    documentHash: context.documentHash,
    requestId: context.requestId,
  };
}

const describeLine = (limit: WindowLimit) => {
  const s = limit.windowMs / 1000;
  return s % 60 === 0 ? `${limit.answers} statistiksvar per ${s / 60 === 1 ? 'minut' : `${s / 60} minuter`}` : `${limit.answers} statistiksvar per ${s} sekunder`;
};

/**
 * The rate limit on statistics answers, per user (the token's subject): each `statistics` at the
 * root of the operation, alias or fragment, is one answer. Decided once the operation is known
 * and every other check has passed (responseForOperation runs after them, and before anything
 * is planned or asked of a subgraph), so a refused or invalid request counts nothing. Past the
 * line: 429 with Retry-After in seconds and a Swedish message, and the refusal written to the
 * gateway's audit trail when it has one (a failed write is logged; the refusal stands).
 */
export function statisticsRateLimit(window: AnswerWindow, limit: WindowLimit, audit?: AuditLog): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, contextValue }) {
          // An operation name the document does not hold leaves no operation: the executor refuses it (400).
          if (!operation) return null;
          const answers = statisticsAnswers(document, operation);
          if (answers === 0) return null;
          const claim = await window.claim(contextValue.identity.username, answers);
          if (claim.granted) return null;
          await audit?.append([rateLimitRefusal(contextValue.identity, contextValue)]).catch((error: unknown) => {
            log.warn({ err: error instanceof Error ? error.message : String(error), user: contextValue.identity.username }, 'statistics rate limit refusal not recorded in the audit trail');
          });
          log.info({ user: contextValue.identity.username, answers, retryAfterS: claim.retryAfterS, requestId: contextValue.requestId }, 'statistics rate limit: refused');
          const message = `För många statistikfrågor: högst ${describeLine(limit)}. Försök igen om ${claim.retryAfterS} sekunder. / Too many statistics answers: at most ${limit.answers} per ${limit.windowMs / 1000} s; retry after ${claim.retryAfterS} s`;
          return {
            http: { status: 429, headers: new HeaderMap([['retry-after', String(claim.retryAfterS)]]) },
            body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: claim.retryAfterS } }] } },
          };
        },
      };
    },
  };
}
