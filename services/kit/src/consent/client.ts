import type { AxiosInstance } from 'axios';
import DataLoader from 'dataloader';
import type { RequestContext } from '../subgraph/context.js';
import type { SharedKey } from '../trust/signature.js';
import { type Decision, type DecisionBatchRequest, type DecisionBatchResponse, type DecisionQuery, decisionsPath, type Purpose, unavailable } from './decision.js';
import { postToRegistry } from './registry.js';

export type DecisionLoader = DataLoader<DecisionQuery, Decision, string>;

/**
 * Per operation: every decision the operation needs goes to the consent registry in one
 * batched call, naming the operation (the gateway's request id) so that the registry decides
 * all of its batches on one reading of the consents. Anything but a complete, well-formed
 * answer denies all with UNAVAILABLE (fail closed).
 */
export function createDecisionLoader(http: AxiosInstance, key: SharedKey, purpose: Purpose, request: Pick<RequestContext, 'authorization' | 'requestId' | 'log'>): DecisionLoader {
  const { authorization, requestId: operation, log } = request;
  return new DataLoader<DecisionQuery, Decision, string>(
    async (queries) => {
      try {
        // Signed like the gateway's calls: the registry serves trusted services only.
        const data = await postToRegistry<DecisionBatchResponse>(http, key, decisionsPath, { purpose, operation, queries } satisfies DecisionBatchRequest, authorization);
        if (!Array.isArray(data?.decisions) || data.decisions.length !== queries.length) return queries.map(() => unavailable);
        return data.decisions.map((d) => (isDecision(d) ? d : unavailable));
      } catch (error) {
        log.warn({ err: error instanceof Error ? error.message : String(error) }, 'consent registry unreachable; denying');
        return queries.map(() => unavailable);
      }
    },
    { cacheKeyFn: (q) => `${q.personnummer}|${q.category}`, maxBatchSize: 1000 },
  );
}

function isDecision(d: unknown): d is Decision {
  if (typeof d !== 'object' || d === null) return false;
  const o = d as Record<string, unknown>;
  return (o.permit === true && typeof o.consentId === 'string') || (o.permit === false && typeof o.reason === 'string' && typeof o.message === 'string');
}
