import type { AttentionKind } from '../gql/graphql.js';
import { genitive } from '../words/genitive.js';
import { attentionName } from '../words/terms.js';
import { weight } from './order.js';

export interface Signal {
  kind: AttentionKind;
  /** The graph's sentence (Attention.text), e.g. "Saga: Väntar på vårdnadshavare 2". */
  text: string;
}

/** A signal as the work list says it: a bold lead where the sentence needs one, then the sentence. */
export interface SignalInWords {
  lead: string | null;
  text: string;
}

/**
 * The graph's sentences are whole for the team's rhythm and a late follow-up ("Inget gemensamt
 * hembesök sedan 2026-10-01"), so they stand alone; a late action's text is the action's own
 * description and needs its kind before it; a consent's names the child first ("Saga: Väntar på
 * vårdnadshavare 2"), which reads as "Sagas samtycke: Väntar på vårdnadshavare 2". A sentence in
 * another form is shown after its kind, so nothing is lost if the graph's wording changes.
 */
export function signalInWords({ kind, text }: Signal): SignalInWords {
  const child = /^([^:]+): (.+)$/.exec(text);
  switch (kind) {
    case 'NO_JOINT_HOME_VISIT':
    case 'NO_CHECK_IN':
    case 'FOLLOW_UP_OVERDUE':
      return { lead: null, text };
    case 'CONSENT_PENDING':
      if (child?.[1] && child[2]) return { lead: `${genitive(child[1])} samtycke:`, text: child[2] };
      break;
    case 'CONSENT_EXPIRING':
      if (child?.[1] && child[2]?.startsWith('samtycket ')) return { lead: 'Upphör snart:', text: `${genitive(child[1])} samtycke ${child[2].slice('samtycket '.length)}` };
      break;
    case 'ACTION_OVERDUE':
      break;
  }
  return { lead: `${attentionName[kind]}:`, text };
}

/** A family's signals, what stops the children being helped first (the work list's own weights), else as the graph gave them. */
export function orderSignals<S extends Signal>(signals: readonly S[]): S[] {
  return [...signals].sort((a, b) => weight[b.kind] - weight[a.kind]);
}
