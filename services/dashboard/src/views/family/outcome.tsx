import type { ReactNode } from 'react';
import type { Agency, DataCategory } from '../../gql/graphql.js';
import { type Denial, denialInWords } from '../../words/denial-in-words.js';
import { categoryName } from '../../words/terms.js';

/** What one consent-gated field of a section answered: its data (any other type), or why there is none. */
export type Outcome = { __typename: string };

type Denied = { __typename: 'AccessDenied' } & Pick<Denial, 'reason' | 'message'>;

const isDenied = (outcome: Outcome): outcome is Denied => outcome.__typename === 'AccessDenied';

export interface Part {
  category: DataCategory;
  outcome: Outcome;
  /** The data, when the outcome is the data. */
  render: () => ReactNode;
}

/** Why a part shows no data, in words, or null when it has data. */
export function missingInWords(outcome: Outcome, agency: Agency, category: DataCategory, guardians: readonly string[] = []): string | null {
  if (isDenied(outcome)) return denialInWords({ agency, category, reason: outcome.reason, message: outcome.message }, guardians);
  if (outcome.__typename === 'NotRecorded') return 'Inget registrerat hos verksamheten';
  if (outcome.__typename === 'AgencyUnavailable') return 'Verksamhetens system svarar inte just nu. Försök igen om en stund.';
  return null;
}

/** A withholding stands out; where to ask (a guardian's READ_AT_AGENCY) and what is simply missing do not alarm. */
const toneOf = (outcome: Outcome | undefined) => (outcome && isDenied(outcome) && outcome.reason !== 'READ_AT_AGENCY' ? 'withheld' : 'missing');

/**
 * An agency's parts of a child's situation. When every part is withheld for the same reason the
 * reason is said once, instead of the same sentence four times.
 */
export function AgencyParts({ agency, parts, guardians = [] }: { agency: Agency; parts: Part[]; guardians?: readonly string[] }) {
  const reasons = parts.map((p) => missingInWords(p.outcome, agency, p.category, guardians));
  const [first] = reasons;
  if (first && reasons.every((r) => r === first) && parts.every((p) => isDenied(p.outcome))) {
    return <p className={toneOf(parts[0]?.outcome)}>{first}</p>;
  }
  return (
    <dl className="parts">
      {parts.map((part, i) => (
        <div key={part.category}>
          <dt>{categoryName[part.category]}</dt>
          <dd>{reasons[i] ? <span className={toneOf(part.outcome)}>{reasons[i]}</span> : part.render()}</dd>
        </div>
      ))}
    </dl>
  );
}
